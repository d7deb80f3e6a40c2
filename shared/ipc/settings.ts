import { z } from 'zod';

export const languages = ['ru', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** What a person chooses in Settings; kept by the platform (a file on the desktop, localStorage on the web). */
export const DeskSettings = z.object({
  language: Language.default('ru'),
});
export type DeskSettings = z.infer<typeof DeskSettings>;

export const DeskSettingsPatch = DeskSettings.partial().strict();
export type DeskSettingsPatch = z.infer<typeof DeskSettingsPatch>;

export const defaultSettings: DeskSettings = DeskSettings.parse({});
