import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** Starts a long-running process whose output is passed through; stopped with the returned function. */
export function startBackground(command, args, options = {}) {
  // Its own process group: `npx tsx` runs node in a grandchild, which must stop with it.
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', detached: true, ...options });
  return {
    child,
    stop: () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

/** Waits until `url` answers (any HTTP status), or fails after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The Electron binary if one is installed, without require('electron') (which downloads when missing). */
export function findElectronBinary() {
  const packageDir = join(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  for (const dir of [
    process.env.ELECTRON_DIST,
    process.env.ELECTRON_OVERRIDE_DIST_PATH,
    join(packageDir, 'dist'),
  ]) {
    if (dir && existsSync(join(dir, executable))) return join(dir, executable);
  }
  return null;
}
