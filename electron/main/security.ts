import type { Session, Shell, WebContents } from 'electron';
import { isAllowedExternalUrl } from '@shared/ipc';

/** Permissions a dispatcher's or supervisor's work needs: notifications, and the camera for report photos. */
const grantedPermissions = new Set(['notifications', 'media']);

export function isGrantedPermission(permission: string, mediaTypes: readonly string[] = []): boolean {
  if (!grantedPermissions.has(permission)) return false;
  // The camera yes, the microphone no: a report has photos, never sound.
  return permission !== 'media' || mediaTypes.every((type) => type === 'video');
}

export function applyPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details && Array.isArray(details.mediaTypes) ? details.mediaTypes : [];
    callback(isGrantedPermission(permission, mediaTypes));
  });
  session.setPermissionCheckHandler((_contents, permission) => grantedPermissions.has(permission));
}

/** Whether `url` is a page of the app itself (the built renderer or the dev server). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appOrigin);
    if (app.protocol === 'file:') return target.protocol === 'file:';
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/**
 * Opens `url` in the system browser if it is on the allow-list (shared/ipc/external-links);
 * anything else is refused and logged. Every openExternal of main goes through here or
 * through the `shell:open-external` handler, which checks the same list.
 */
export function openAllowedExternal(
  shell: Pick<Shell, 'openExternal'>,
  url: string,
  log: (message: string) => void,
): boolean {
  if (!isAllowedExternalUrl(url)) {
    log(`refused to open ${url} outside the app: not on the allow-list`);
    return false;
  }
  shell.openExternal(url).catch((error: unknown) => log(`could not open ${url}: ${String(error)}`));
  return true;
}

/**
 * No window of the app ever navigates away from the app or opens a new window; links to
 * allow-listed sites go to the system browser instead.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
  appOrigin: string,
  shell: Pick<Shell, 'openExternal'>,
  log: (message: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openAllowedExternal(shell, url, log);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    log(`refused navigation to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
