// `npm run dist`: build, then package with electron-builder. electron-builder downloads an
// Electron dist unless one is given; where nothing can be downloaded, set ELECTRON_DIST to
// an unpacked Electron (the folder holding the `electron` executable).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/run.mjs';

const electronDist = process.env.ELECTRON_DIST ?? join(root, 'node_modules/electron/dist');
const args = ['electron-builder', '--config', 'build/electron-builder.yml', ...process.argv.slice(2)];
if (existsSync(electronDist)) {
  args.push(`--config.electronDist=${electronDist}`);
} else {
  console.log(
    `No Electron dist at ${electronDist}: electron-builder will try to download one (set ELECTRON_DIST to avoid it).`,
  );
}
await run('npx', ['electron-vite', 'build']);
await run('npx', args);
