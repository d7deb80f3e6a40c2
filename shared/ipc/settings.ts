import { z } from 'zod';

export const languages = ['ru', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** The local reference city server that `npm start` runs with the demo city. */
export const DEFAULT_CITY_SERVER_URL = 'http://127.0.0.1:4311';

export const CityServerUrl = z
  .string()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === ''
      );
    } catch {
      return false;
    }
  }, 'an http(s) address such as https://city.example');

export const NotificationChoices = z.object({
  /** A new urgent issue reached the company. */
  urgentIssues: z.boolean().default(true),
  /** Issues whose deadline falls within the working day. */
  dueToday: z.boolean().default(true),
});
export type NotificationChoices = z.infer<typeof NotificationChoices>;

/** What a person chooses in Settings; kept by the platform (a file on the desktop, localStorage on the web). */
export const DeskSettings = z.object({
  language: Language.default('ru'),
  cityServerUrl: CityServerUrl.default(DEFAULT_CITY_SERVER_URL),
  notifications: NotificationChoices.default({ urgentIssues: true, dueToday: true }),
});
export type DeskSettings = z.infer<typeof DeskSettings>;

export const DeskSettingsPatch = z
  .object({
    language: Language,
    cityServerUrl: CityServerUrl,
    notifications: NotificationChoices,
  })
  .partial()
  .strict();
export type DeskSettingsPatch = z.infer<typeof DeskSettingsPatch>;

export const defaultSettings: DeskSettings = DeskSettings.parse({});
