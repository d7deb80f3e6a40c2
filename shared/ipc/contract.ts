import { z } from 'zod';
import { DeskSettingsPatch, type DeskSettings } from './settings';
import type { DeskResult } from './result';

export const desktopPlatforms = ['electron', 'web'] as const;
export type DeskPlatformKind = (typeof desktopPlatforms)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: DeskPlatformKind;
  /** The operating system or browser the app runs on, for the About box and bug reports. */
  os: string;
}

/**
 * Every call that crosses the bridge: its channel, the schema of its arguments (parsed in
 * main before anything runs) and its result type. The preload and main are both built from
 * this table, so a call cannot exist on one side only.
 */
export const deskChannels = {
  'app:info': { args: z.tuple([]) },
  'shell:open-external': { args: z.tuple([z.string().max(2048)]) },
  'settings:get': { args: z.tuple([]) },
  'settings:update': { args: z.tuple([DeskSettingsPatch]) },
} as const;

export type DeskChannel = keyof typeof deskChannels;
export type DeskChannelArgs<C extends DeskChannel> = z.infer<(typeof deskChannels)[C]['args']>;

export interface DeskChannelResults {
  'app:info': AppInfo;
  'shell:open-external': null;
  'settings:get': DeskSettings;
  'settings:update': DeskSettings;
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
}
