// The peers (../shared/peers: what a user would pick instead) as the benchmarks use them: a copy
// in a temporary folder with its own node_modules, made on first use. The project itself never
// depends on them; without a copy a benchmark says why and measures without its peer.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from './browser';

/** ../shared/peers may be read-only, so the peers are installed in a copy (BENCH_PEERS_DIR, else /tmp/peers). */
const peersSource = resolve(root, '../shared/peers');
export const peersDir = process.env['BENCH_PEERS_DIR'] ?? '/tmp/peers';

export type PeerFile = { ok: true; path: string } | { ok: false; reason: string };

/** A file of the installed peers (a path inside the copy), installing them first if the copy lacks it. */
export function peerFile(relative: string): PeerFile {
  const path = join(peersDir, relative);
  if (existsSync(path)) return { ok: true, path };
  if (!existsSync(join(peersSource, 'package-lock.json')))
    return { ok: false, reason: `no peers at ${peersSource}` };
  try {
    rmSync(peersDir, { recursive: true, force: true });
    cpSync(peersSource, peersDir, { recursive: true });
  } catch (error) {
    return { ok: false, reason: `could not copy the peers to ${peersDir}: ${String(error)}` };
  }
  console.log(`peers: installing a copy in ${peersDir} (npm ci)…`);
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: peersDir,
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (install.status !== 0)
    return {
      ok: false,
      reason: `npm ci in ${peersDir} failed: ${(install.stderr || install.stdout).trim().slice(-300)}`,
    };
  return existsSync(path)
    ? { ok: true, path }
    : { ok: false, reason: `${relative} is not in the installed peers` };
}
