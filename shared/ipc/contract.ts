import { z } from 'zod';
import { DeskSettingsPatch, type DeskSettings } from './settings';
import { StoredSession } from './session';
import type { DeskResult } from './result';
import type { DeskEvent } from './events';

export const desktopPlatforms = ['electron', 'web'] as const;
export type DeskPlatformKind = (typeof desktopPlatforms)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: DeskPlatformKind;
  /** The operating system or browser the app runs on, for the About box and bug reports. */
  os: string;
}

export const DeskNotification = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
  /** Clicking the notification opens this issue. */
  issueId: z.string().max(64).optional(),
  urgent: z.boolean().optional(),
});
export type DeskNotification = z.infer<typeof DeskNotification>;

export const SaveFileRequest = z.object({
  suggestedName: z.string().min(1).max(200),
  /** Text (CSV) or bytes. */
  content: z.union([z.string().max(50_000_000), z.instanceof(Uint8Array)]),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(10)).max(10) }))
    .max(5),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const PrintToPdfRequest = z.object({
  suggestedName: z.string().min(1).max(200),
  landscape: z.boolean().optional(),
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;

/** Where a saved file went; null when the person cancelled the dialog. */
export type SavedFile = { path: string } | null;

/**
 * Every call that crosses the bridge: its channel and the schema of its arguments (parsed in
 * main before anything runs). The preload and main are both built from this table, so a
 * call cannot exist on one side only.
 */
export const deskChannels = {
  'app:info': { args: z.tuple([]) },
  'shell:open-external': { args: z.tuple([z.string().max(2048)]) },
  'settings:get': { args: z.tuple([]) },
  'settings:update': { args: z.tuple([DeskSettingsPatch]) },
  'credentials:load': { args: z.tuple([]) },
  'credentials:save': { args: z.tuple([StoredSession]) },
  'credentials:clear': { args: z.tuple([]) },
  'notifications:show': { args: z.tuple([DeskNotification]) },
  'tray:set-pending-count': { args: z.tuple([z.number().int().min(0).max(1_000_000)]) },
  'export:save-file': { args: z.tuple([SaveFileRequest]) },
  'export:print-to-pdf': { args: z.tuple([PrintToPdfRequest]) },
} as const;

export type DeskChannel = keyof typeof deskChannels;
export type DeskChannelArgs<C extends DeskChannel> = z.infer<(typeof deskChannels)[C]['args']>;

export interface DeskChannelResults {
  'app:info': AppInfo;
  'shell:open-external': null;
  'settings:get': DeskSettings;
  'settings:update': DeskSettings;
  'credentials:load': StoredSession | null;
  'credentials:save': null;
  'credentials:clear': null;
  'notifications:show': null;
  'tray:set-pending-count': null;
  'export:save-file': SavedFile;
  'export:print-to-pdf': SavedFile;
}

/** The platform as the renderer sees it: `window.desk` on the desktop, browser fallbacks on the web. */
export interface DeskApi {
  readonly kind: DeskPlatformKind;
  app: {
    info(): Promise<DeskResult<AppInfo>>;
  };
  shell: {
    /** Opens an allow-listed https link in the system browser; anything else is refused. */
    openExternal(url: string): Promise<DeskResult<null>>;
  };
  settings: {
    get(): Promise<DeskResult<DeskSettings>>;
    update(patch: DeskSettingsPatch): Promise<DeskResult<DeskSettings>>;
  };
  credentials: {
    load(): Promise<DeskResult<StoredSession | null>>;
    save(session: StoredSession): Promise<DeskResult<null>>;
    clear(): Promise<DeskResult<null>>;
  };
  notifications: {
    show(notification: DeskNotification): Promise<DeskResult<null>>;
  };
  tray: {
    /** The number of unsent changes, shown on the tray icon (the web has no tray and ignores it). */
    setPendingCount(count: number): Promise<DeskResult<null>>;
  };
  export: {
    saveFile(request: SaveFileRequest): Promise<DeskResult<SavedFile>>;
    /** The current page as a PDF (Electron's printToPDF); the web opens the print dialog instead. */
    printToPdf(request: PrintToPdfRequest): Promise<DeskResult<SavedFile>>;
  };
  /** Subscribes to events from the desktop; returns the unsubscribe function. */
  onEvent(listener: (event: DeskEvent) => void): () => void;
}
