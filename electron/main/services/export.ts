import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseWindow, Dialog, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import type { PrintToPdfRequest, SavedFile, SaveFileRequest } from '@shared/ipc';
import { DeskHandlerError } from '../ipc/errors';
import type { Log } from './log';

/** A save dialog, parented to a window when there is one; `W` is the window type (BaseWindow in the app). */
export interface SaveDialog<W> {
  show(options: SaveDialogOptions, parent: W | null): Promise<{ canceled: boolean; filePath?: string }>;
}

/** Electron's dialog behind the one-call interface above (it has one overload with a parent, one without). */
export function electronSaveDialog(dialog: Pick<Dialog, 'showSaveDialog'>): SaveDialog<BaseWindow> {
  return {
    show: (options, parent) =>
      parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
  };
}

/** The page that asked to be printed. */
export interface PrintablePage {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export type WriteFile = (path: string, data: string | Uint8Array) => Promise<void>;

/**
 * Writes beside the target and renames: a full disk must not leave half a file, nor destroy
 * the file the person chose to replace.
 */
export const writeWhole: WriteFile = async (path, data) => {
  const temp = `${path}.gorod-desk-tmp`;
  try {
    await (typeof data === 'string' ? writeFile(temp, data, 'utf8') : writeFile(temp, data));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
};

const unsafeInFileNames = /[<>:"/\\|?*]/g;
const withoutControlCharacters = (text: string) =>
  Array.from(text, (char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
const windowsReservedNames = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A file name the renderer suggested, made safe on every OS: no folders, no reserved names. */
export function safeFileName(suggested: string, fallback = 'export'): string {
  const lastPart = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = withoutControlCharacters(lastPart)
    .replace(unsafeInFileNames, '_')
    .replace(/[. ]+$/, '')
    .trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) return fallback;
  return windowsReservedNames.test(cleaned) ? `_${cleaned}` : cleaned;
}

const withExtension = (name: string, extension: string) =>
  name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A failed write as a coded error the renderer can translate; the English message is for the log. */
export function writeFailure(path: string, error: unknown): DeskHandlerError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DeskHandlerError('disk_full', `The disk is full: ${path} was not saved.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new DeskHandlerError('not_permitted', `No permission to write ${path}; choose another folder.`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DeskHandlerError('write_failed', `${path} could not be written: ${reason}`);
}

export interface ExporterOptions<W> {
  dialog: SaveDialog<W>;
  /** Where the dialog opens: the person's Documents folder. */
  documentsDir: string;
  log: Log;
  writeFile?: WriteFile;
}

export interface Exporter<W> {
  saveFile(request: SaveFileRequest, parent: W | null): Promise<SavedFile>;
  printToPdf(request: PrintToPdfRequest, page: PrintablePage, parent: W | null): Promise<SavedFile>;
}

/** Exports: a file the page made (CSV, a photo), or the page itself as an A4 PDF, where the person chooses. */
export function createExporter<W>(options: ExporterOptions<W>): Exporter<W> {
  const write = options.writeFile ?? writeWhole;

  async function askAndWrite(
    suggestedName: string,
    filters: SaveDialogOptions['filters'],
    content: string | Uint8Array,
    parent: W | null,
  ): Promise<SavedFile> {
    const choice = await options.dialog.show(
      {
        defaultPath: join(options.documentsDir, suggestedName),
        filters: filters ?? [],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      },
      parent,
    );
    if (choice.canceled || !choice.filePath) return null;
    try {
      await write(choice.filePath, content);
    } catch (error) {
      throw writeFailure(choice.filePath, error);
    }
    options.log(`exported ${choice.filePath}`);
    return { path: choice.filePath };
  }

  return {
    saveFile: (request, parent) =>
      askAndWrite(safeFileName(request.suggestedName), request.filters, request.content, parent),

    async printToPdf(request, page, parent) {
      let pdf: Uint8Array;
      try {
        pdf = await page.printToPDF({
          pageSize: 'A4',
          landscape: request.landscape ?? false,
          printBackground: true,
        });
      } catch (error) {
        throw new DeskHandlerError(
          'print_failed',
          `The page could not be printed to PDF: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const name = withExtension(safeFileName(request.suggestedName, 'document'), 'pdf');
      return askAndWrite(name, [{ name: 'PDF', extensions: ['pdf'] }], pdf, parent);
    },
  };
}
