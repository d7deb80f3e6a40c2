import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * A CPU profile of the page's UI thread (the DevTools protocol's sampling profiler, 1 ms);
 * bench/first-run/long-tasks.ts says what each stretch over 50 ms ran.
 */
export async function startProfile(page: Page): Promise<{ stopInto(path: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return {
    stopInto: async (path) => {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
      await cdp.detach();
      console.log(`  the UI thread's CPU profile is in ${path} (bench/first-run/long-tasks.ts reads it)`);
    },
  };
}
