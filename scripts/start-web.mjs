// `npm run start:web`: the same renderer in a plain browser, against the local reference city server.
import { root, run, startBackground } from './lib/run.mjs';
import { startCityServerUnlessConfigured } from './lib/city.mjs';

const port = Number(process.env.WEB_PORT ?? 5183);
const city = await startCityServerUnlessConfigured({
  corsOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
});
await run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
const preview = startBackground(
  'npx',
  ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
// The app's sign-in form starts on this server (`?city=`), whatever the person used before.
const appUrl =
  city.url === 'none'
    ? `http://localhost:${port}/`
    : `http://localhost:${port}/?city=${encodeURIComponent(city.url)}`;
console.log(`\nGorod Desk (web platform): ${appUrl}`);
console.log(`City server: ${city.url}${city.started ? ' (local reference server with the demo city)' : ''}`);
console.log('Stop with Ctrl+C.\n');

const stopAll = () => {
  preview.stop();
  city.stop();
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
