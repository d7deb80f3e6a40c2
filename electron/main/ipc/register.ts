import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  deskChannels,
  fail,
  ok,
  type DeskChannel,
  type DeskChannelArgs,
  type DeskChannelResults,
  type DeskResult,
} from '@shared/ipc';
import { DeskHandlerError } from './errors';

/** Who made a call: some handlers act on the calling page (printing it, parenting a dialog to its window). */
export interface DeskCaller {
  sender: WebContents;
}

export type DeskHandlers = {
  [C in DeskChannel]: (
    ...args: [...DeskChannelArgs<C>, DeskCaller]
  ) => Promise<DeskChannelResults[C]> | DeskChannelResults[C];
};

export interface RegisterOptions {
  /** Calls from any frame but the app's own are refused (Electron security checklist: validate the sender). */
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  log: (message: string) => void;
}

/** Parses the arguments of a call against its channel's schema, then runs the handler; never throws across IPC. */
export async function invokeDeskHandler<C extends DeskChannel>(
  channel: C,
  handlers: DeskHandlers,
  rawArgs: unknown[],
  caller: DeskCaller,
): Promise<DeskResult<DeskChannelResults[C]>> {
  const parsed = deskChannels[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    return fail('bad_arguments', `${channel}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  // handlers[channel] takes exactly what this channel's schema produced; TypeScript cannot
  // correlate the two through the generic index, so the handler is widened here, after the parse.
  const handler = handlers[channel] as (
    ...args: unknown[]
  ) => Promise<DeskChannelResults[C]> | DeskChannelResults[C];
  try {
    return ok(await handler(...parsed.data, caller));
  } catch (error) {
    if (error instanceof DeskHandlerError) return fail(error.code, error.message);
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}

export function registerDeskHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: DeskHandlers,
  options: RegisterOptions,
): void {
  for (const channel of Object.keys(deskChannels) as DeskChannel[]) {
    ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
      if (!options.isTrustedSender(event)) {
        options.log(`refused ${channel} from an untrusted frame`);
        return fail('untrusted_sender', 'This call is only answered for the app itself.');
      }
      const result = await invokeDeskHandler(channel, handlers, rawArgs, { sender: event.sender });
      if (!result.ok) options.log(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result;
    });
  }
}
