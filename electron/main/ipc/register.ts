import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  deskChannels,
  fail,
  ok,
  type DeskChannel,
  type DeskChannelArgs,
  type DeskChannelResults,
  type DeskResult,
} from '@shared/ipc';

export type DeskHandlers = {
  [C in DeskChannel]: (...args: DeskChannelArgs<C>) => Promise<DeskChannelResults[C]> | DeskChannelResults[C];
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
): Promise<DeskResult<DeskChannelResults[C]>> {
  const parsed = deskChannels[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    return fail('bad_arguments', `${channel}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const handler = handlers[channel] as (...args: unknown[]) => Promise<DeskChannelResults[C]>;
  try {
    return ok(await handler(...parsed.data));
  } catch (error) {
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
      return invokeDeskHandler(channel, handlers, rawArgs);
    });
  }
}
