// `npm run dist`: build, then package with electron-builder (build/electron-builder.yml).
// electron-builder needs an unpacked Electron of the same version ("Electron dist"). It is
// taken from ELECTRON_DIST (the folder holding the `electron` executable) or from
// node_modules/electron/dist; electron-builder is never left to download one, since most
// machines this project runs on reach no download host. Without a dist, packaging is
// skipped with the reason, and the exit status is 0 unless --require-dist is given.
// Other arguments go to electron-builder, e.g. `npm run dist -- --dir` or `-- --linux deb`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/run.mjs';

/** The packages out/main imports at run time (bare specifiers other than node: and electron). */
function packagesMainImports() {
  const dir = join(root, 'out/main');
  const found = new Set();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)) {
      if (specifier.startsWith('node:') || specifier === 'electron') continue;
      const parts = specifier.split('/');
      found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...found].sort();
}

/** The package must be packed by a `node_modules/<name>/**` entry of the files list, or main fails to start. */
function assertRuntimePackagesPacked() {
  const config = readFileSync(join(root, 'build/electron-builder.yml'), 'utf8');
  const missing = packagesMainImports().filter((name) => !config.includes(`- node_modules/${name}/**/*`));
  if (missing.length > 0) {
    console.error(
      `out/main imports ${missing.join(', ')} at run time, but build/electron-builder.yml does not pack ` +
        `${missing.length === 1 ? 'it' : 'them'}: add \`- node_modules/<name>/**/*\` to its files list.`,
    );
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const requireDist = args.includes('--require-dist');
const builderArgs = args.filter((arg) => arg !== '--require-dist');

const candidates = [process.env.ELECTRON_DIST, join(root, 'node_modules/electron/dist')].filter(Boolean);
const electronDist = candidates.find((dir) => existsSync(dir));

await run('npx', ['electron-vite', 'build']);
assertRuntimePackagesPacked();

if (!electronDist) {
  console.log(
    [
      '',
      'Packaging skipped: no Electron dist on this machine.',
      `  looked in: ${candidates.join(', ')}`,
      '  set ELECTRON_DIST to an unpacked Electron of the version in package.json (the folder',
      '  holding the electron executable) and run `npm run dist` again.',
      '',
    ].join('\n'),
  );
  process.exit(requireDist ? 1 : 0);
}

console.log(`Packaging with the Electron dist in ${electronDist}`);
await run('npx', [
  'electron-builder',
  '--config',
  'build/electron-builder.yml',
  `--config.electronDist=${electronDist}`,
  ...builderArgs,
]);
