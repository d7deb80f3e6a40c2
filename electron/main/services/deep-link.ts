import type { App } from 'electron';
import type { DeskEvent } from '@shared/ipc/events';
import type { Log } from './log';

export const DEEP_LINK_SCHEME = 'gorod-desk';

// Exactly gorod-desk://issue/<id>, with the trailing slash Windows sometimes adds. The id is
// what the city uses (letters, digits, - and _); anything else a link may carry (a query, a
// fragment, another path, an encoded character) is not ours and is ignored.
const issueLink = /^gorod-desk:\/\/issue\/([A-Za-z0-9_-]{1,64})\/?$/;

/** The issue a `gorod-desk://issue/<id>` link opens, or null for anything else. */
export function parseDeepLink(raw: string): { issueId: string } | null {
  const match = issueLink.exec(raw.trim());
  return match?.[1] ? { issueId: match[1] } : null;
}

/** The link Windows and Linux pass on the command line of the app (first or second instance). */
export function deepLinkInArgv(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`));
}

export interface DeepLinkRouter {
  /** A link from `open-url` (macOS) or argv; returns whether it opened an issue. */
  open(raw: string): boolean;
  openFromArgv(argv: readonly string[]): boolean;
}

export function createDeepLinkRouter(sendEvent: (event: DeskEvent) => void, log: Log): DeepLinkRouter {
  const open = (raw: string): boolean => {
    const link = parseDeepLink(raw);
    if (!link) {
      // Only the scheme and the length: a malformed link may carry anything.
      log(
        `ignored a ${DEEP_LINK_SCHEME} link that is not gorod-desk://issue/<id> (${raw.length} characters)`,
      );
      return false;
    }
    log(`deep link opens issue ${link.issueId}`);
    sendEvent({ type: 'open-issue', issueId: link.issueId });
    return true;
  };
  return {
    open,
    openFromArgv(argv) {
      const raw = deepLinkInArgv(argv);
      return raw === undefined ? false : open(raw);
    },
  };
}

export interface ProtocolClientOptions {
  /** `process.defaultApp`: started as `electron .` while developing rather than as the packaged app. */
  defaultApp: boolean;
  execPath: string;
  /** The app's entry as given to `electron` (process.argv[1]) when developing. */
  appPath: string | undefined;
}

/**
 * Registers the app as the handler of gorod-desk:// links. While developing, the OS must
 * start `electron <app>` rather than the bare Electron binary, hence the extra arguments.
 */
export function registerProtocolClient(
  app: Pick<App, 'setAsDefaultProtocolClient'>,
  options: ProtocolClientOptions,
  log: Log,
): void {
  const registered =
    options.defaultApp && options.appPath
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, options.execPath, [options.appPath])
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  if (!registered) log(`could not register as the handler of ${DEEP_LINK_SCHEME}:// links`);
}
