import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where an Electron binary is, without `require('electron')`: that call tries to download
 * the binary when it is missing, and this machine reaches no download host.
 */
export function findElectronBinary(root = process.cwd()): ElectronBinary {
  const packageDir = resolve(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const distDirs = [
    process.env['ELECTRON_DIST'],
    process.env['ELECTRON_OVERRIDE_DIST_PATH'],
    join(packageDir, 'dist'),
  ];
  for (const dir of distDirs) {
    if (!dir) continue;
    const candidate = join(dir, executable);
    if (existsSync(candidate)) return { found: true, path: candidate };
  }
  return {
    found: false,
    reason:
      'no Electron binary on this machine (node_modules/electron/dist is empty and ELECTRON_DIST is not set); ' +
      'the Electron binary downloads on first launch, which needs network access to its release host',
  };
}
