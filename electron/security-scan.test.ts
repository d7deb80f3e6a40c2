import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The scan is a script (scripts/security-scan.mjs, run by npm test); these tests run it as one.
const script = resolve(import.meta.dirname, '../scripts/security-scan.mjs');
const runScan = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** An Electron main process with every mistake the scan is there to catch. */
function badSample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-scan-'));
  mkdirSync(join(dir, 'main'));
  mkdirSync(join(dir, 'preload'));
  writeFileSync(
    join(dir, 'main', 'index.ts'),
    `import { app, BrowserWindow, shell } from 'electron';
const options = { width: 800 };
export function open(): void {
  const window = new BrowserWindow({
    webPreferences: {
      nodeIntegration: true,
      contextIsolation: false,
      sandbox: false,
      webSecurity: false,
      allowRunningInsecureContent: true,
      experimentalFeatures: true,
      enableBlinkFeatures: 'CSSVariables',
    },
  });
  void window.loadURL('https://example.com/app');
  const other = new BrowserWindow(options);
  other.webContents.on('did-finish-load', () => undefined);
  app.commandLine.appendSwitch('disable-web-security');
}
export function openLink(url: string): void {
  void shell.openExternal(url);
}
`,
  );
  writeFileSync(
    join(dir, 'preload', 'index.ts'),
    `import { contextBridge, ipcRenderer } from 'electron';
contextBridge.exposeInMainWorld('electron', { ipcRenderer });
`,
  );
  // Tests are not part of the app and are not scanned.
  writeFileSync(join(dir, 'main', 'index.test.ts'), `const x = { nodeIntegration: true };\n`);
  return dir;
}

describe('the static security scan', () => {
  it('passes the app own Electron code', () => {
    const result = runScan('--no-electronegativity');
    expect(result.stdout).toContain('security scan passed');
    expect(result.status).toBe(0);
  });

  it('catches each mistake of a bad sample with its own checks', () => {
    const result = runScan('--dir', badSample(), '--no-electronegativity');
    expect(result.status).toBe(1);
    for (const check of [
      'unsafe-web-preference at main/index.ts:6:7: nodeIntegration: true',
      'unsafe-web-preference at main/index.ts:7:7: contextIsolation: false',
      'unsafe-web-preference at main/index.ts:8:7: sandbox: false',
      'webSecurity: false',
      'allowRunningInsecureContent: true',
      'experimentalFeatures: true',
      'blink-features',
      'web-preference-not-explicit',
      'window-options-hidden',
      'remote-content',
      'unsafe-switch',
      'open-external-unguarded at main/index.ts:21:8',
      'ipc-renderer-exposed at preload/index.ts',
      'window-open-allowed',
      'navigation-unlimited',
      'permissions-unlimited',
      'csp-header-missing',
    ]) {
      expect(result.stdout).toContain(check);
    }
    expect(result.stdout).not.toContain('index.test.ts');
  });

  it('fails a bad sample on electronegativity findings above LOW too', { timeout: 120_000 }, () => {
    const result = runScan('--dir', badSample());
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('electronegativity: not installed');
    expect(result.stdout).toMatch(/FAIL CONTEXT_ISOLATION_JS_CHECK \(HIGH/);
    expect(result.stdout).toMatch(/FAIL SANDBOX_JS_CHECK/);
    expect(result.stdout).toMatch(/FAIL OPEN_EXTERNAL_JS_CHECK/);
  });
});
