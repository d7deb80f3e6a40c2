import type { WebContents } from 'electron';
import type { PrintToPdfRequest, SaveFileRequest } from '@shared/ipc';
import type { Exporter } from '../services/export';
import type { DeskCaller, DeskHandlers } from './register';

/** The dialogs are parented to the window of the page that asked, and printing prints that page. */
export function exportHandlers<W>(exporter: Exporter<W>, windowOf: (page: WebContents) => W | null) {
  return {
    'export:save-file': (request: SaveFileRequest, caller: DeskCaller) =>
      exporter.saveFile(request, windowOf(caller.sender)),
    'export:print-to-pdf': (request: PrintToPdfRequest, caller: DeskCaller) =>
      exporter.printToPdf(request, caller.sender, windowOf(caller.sender)),
  } satisfies Pick<DeskHandlers, 'export:save-file' | 'export:print-to-pdf'>;
}
