import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CityServerUrl, defaultSettings, type DeskApi } from '@shared/ipc';
import { App } from './app/App';
import { createI18n } from './i18n';
import { pickDeskApi } from './platform';
import { holdStartWork } from './lib/start-gate';

/** `?city=<url>` (how `npm run start:web` opens the app) sets the city server on the web platform. */
async function adoptCityFromAddress(desk: DeskApi): Promise<void> {
  if (desk.kind !== 'web') return;
  const city = new URLSearchParams(window.location.search).get('city');
  if (city !== null && CityServerUrl.safeParse(city).success)
    await desk.settings.update({ cityServerUrl: city });
}

async function start(): Promise<void> {
  const desk = pickDeskApi(window);
  await adoptCityFromAddress(desk);
  const settings = await desk.settings.get();
  const language = settings.ok ? settings.value.language : defaultSettings.language;
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App desk={desk} i18n={i18n} initialLanguage={language} />
    </StrictMode>,
  );
}

/** The web platform keeps its shell for offline reloads; the desktop app loads from disk. */
function registerOfflineShell(): void {
  if (window.desk || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!window.location.protocol.startsWith('http')) return;
  void navigator.serviceWorker
    .register('./sw.js')
    .catch((error: unknown) => console.warn('offline shell unavailable', error));
}

registerOfflineShell();
// A start shows the first screen before the work that can wait (lib/start-gate.ts).
holdStartWork();
void start();
