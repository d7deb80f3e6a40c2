// `npm start`: build, start the reference city server with the demo city (unless
// CITY_SERVER_URL is set), and launch the desktop app. Where no Electron binary can be
// had (it downloads on first launch), the same app opens in the browser instead.
// The app is told the city server in GORODDESK_CITY_URL: main uses it as the city server
// address for as long as the person has not chosen another one in Settings.
import { findElectronBinary, root, run, startBackground } from './lib/run.mjs';
import { startCityServerUnlessConfigured } from './lib/city.mjs';

async function electronBinary() {
  const found = findElectronBinary();
  if (found) return found;
  console.log('Fetching the Electron binary (first launch)...');
  try {
    await run('node', ['node_modules/electron/install.js'], { timeout: 120_000 });
  } catch (error) {
    console.log(`Could not fetch Electron: ${error instanceof Error ? error.message : String(error)}`);
  }
  return findElectronBinary();
}

await run('npx', ['electron-vite', 'build', '--logLevel', 'warn']);
const binary = await electronBinary();
if (!binary) {
  console.log('\nNo Electron binary is available on this machine; opening the web platform instead.\n');
  await import('./start-web.mjs');
} else {
  const city = await startCityServerUnlessConfigured();
  const cityIsAddress = /^https?:\/\//.test(city.url);
  console.log(`\nGorod Desk (desktop): ${binary}`);
  console.log(
    cityIsAddress
      ? `City server: ${city.url}${city.started ? ' (local reference server with the demo city)' : ''}`
      : 'City server: none started; the app uses the address chosen in its Settings.',
  );
  console.log('Stop with Ctrl+C or by quitting the app.\n');
  const app = startBackground(binary, ['.'], {
    cwd: root,
    env: { ...process.env, ...(cityIsAddress ? { GORODDESK_CITY_URL: city.url } : {}) },
  });
  app.child.on('exit', (code) => {
    city.stop();
    process.exit(code ?? 0);
  });
  const stop = () => app.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
