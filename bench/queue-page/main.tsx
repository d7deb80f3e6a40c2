import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { User } from '@shared/domain';
import { createDeskTheme } from '../../renderer/src/app/theme';
import { DeskContext, LanguageContext } from '../../renderer/src/app/desk-context';
import { SignedIn, testWorkspace } from '../../renderer/src/app/session/test/signed-in';
import { createI18n } from '../../renderer/src/i18n';
import { createWebDeskApi } from '../../renderer/src/platform/web';
import { createDb } from '../../renderer/src/db/database';
import { QueuePage } from '../../renderer/src/features/queue/QueuePage';
import { queueIndexOf } from '../../renderer/src/features/queue/index/queue-index-registry';
import { buildLookups } from '../../renderer/src/features/queue/model/lookups';
import { queryFromParams, queryKey } from '../../renderer/src/features/queue/model/url';
import { plainQuery } from './plain-query';
import type {
  QueueBenchChange,
  QueueBenchData,
  QueueBenchOptions,
  QueueBenchResult,
  QueueBenchWindow,
} from './contract';

// The benchmark page (bench/queue.bench.ts builds and drives it in Chromium): the real
// QueuePage over 100,000 issues in IndexedDB, inside the app's providers with a workspace
// that never talks to a city. Nothing in the app imports it.

const BENCH_DB = 'gorod-desk-bench-queue';
const user: User = {
  id: 'st-001',
  name: 'Диспетчер',
  role: 'dispatcher',
  companyId: 'co-obs',
  companyName: 'Bench',
};

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves at the first animation frame in which the grid shows the result named `key`. */
async function frameShowing(key: string): Promise<number> {
  for (;;) {
    await nextFrame();
    const grid = document.querySelector('[data-testid="queue-grid"]');
    if (grid instanceof HTMLElement && grid.dataset['resultKey'] === key) return performance.now();
  }
}

async function seed(data: QueueBenchData) {
  await createDb({ name: BENCH_DB }).delete();
  const db = createDb({ name: BENCH_DB });
  const started = performance.now();
  await db.categories.bulkPut(data.categories);
  await db.staff.bulkPut(data.staff);
  for (let start = 0; start < data.issues.length; start += 5000)
    await db.issues.bulkPut(data.issues.slice(start, start + 5000));
  return { db, seedMs: performance.now() - started };
}

async function runQueueBench(options: QueueBenchOptions): Promise<QueueBenchResult> {
  const data: QueueBenchData = await (await fetch(options.dataUrl)).json();
  const { db, seedMs } = await seed(data);
  const workspace = testWorkspace(db, user);
  const desk = createWebDeskApi({
    storage: localStorage,
    sessionStorage,
    openWindow: () => {},
    userAgent: navigator.userAgent,
    version: 'bench',
    download: () => {},
    print: () => {},
  });
  const i18n = await createI18n('ru');
  const router = createMemoryRouter([{ path: '/queue/*', element: <QueuePage /> }], {
    initialEntries: ['/queue'],
  });
  const container = document.getElementById('root');
  if (!container) throw new Error('The bench page has no #root');

  const loadStarted = performance.now();
  createRoot(container).render(
    <DeskContext.Provider value={desk}>
      <I18nextProvider i18n={i18n}>
        <LanguageContext.Provider value={{ language: 'ru', setLanguage: async () => null }}>
          <ThemeProvider theme={createDeskTheme('ru')}>
            <CssBaseline />
            <SignedIn workspace={workspace}>
              <RouterProvider router={router} />
            </SignedIn>
          </ThemeProvider>
        </LanguageContext.Provider>
      </I18nextProvider>
    </DeskContext.Provider>,
  );
  await queueIndexOf(db).whenLoaded();
  await frameShowing(`${queryKey(queryFromParams(new URLSearchParams('')))}#loaded`);
  const indexLoadMs = performance.now() - loadStarted;

  const measured: { search: string; rows: number; queueMs: number }[] = [];
  for (const [index, search] of options.changes.entries()) {
    const key = `${queryKey(queryFromParams(new URLSearchParams(search)))}#loaded`;
    const started = performance.now();
    await router.navigate(`/queue?${search}`);
    const queueMs = (await frameShowing(key)) - started;
    const rows = Number(document.querySelector<HTMLElement>('[data-testid="queue-grid"]')?.dataset['rows']);
    if (index >= options.warmups) measured.push({ search, rows, queueMs });
    // Let the frame settle so one change's leftovers do not fall into the next one's time.
    await nextFrame();
  }

  // The yardstick runs after all the queue's changes, so that the garbage of reading 100,000
  // records never lands in the queue's figures; a query asked twice is read once (IndexedDB
  // keeps no results between queries, so the second would take the same time).
  const lookups = buildLookups(data.categories, data.staff, 'ru');
  const plainRuns = new Map<string, { plainMs: number; plainRows: number }>();
  for (const { search } of measured) {
    if (plainRuns.has(search)) continue;
    const started = performance.now();
    const plain = await plainQuery(db, queryFromParams(new URLSearchParams(search)), lookups, Date.now());
    plainRuns.set(search, { plainMs: performance.now() - started, plainRows: plain.length });
  }
  const changes: QueueBenchChange[] = measured.map(({ search, rows, queueMs }) => ({
    query: search,
    rows,
    queueMs,
    plainMs: plainRuns.get(search)?.plainMs ?? Number.NaN,
    plainRows: plainRuns.get(search)?.plainRows ?? -1,
  }));
  return { issues: data.issues.length, seedMs, indexLoadMs, changes };
}

const benchWindow: QueueBenchWindow = { runQueueBench };
Object.assign(window, benchWindow);
