import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog } from './log';

const tempDir = () => join(mkdtempSync(join(tmpdir(), 'desk-log-')), 'logs');
const fixedNow = () => new Date('2026-03-02T09:00:00.000Z');

describe('the log file', () => {
  it('writes time-stamped lines into userData/logs/main.log, creating the folder', () => {
    const dir = tempDir();
    const log = createFileLog({ dir, now: fixedNow });
    log('started');
    log('window shown');
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toBe(
      '2026-03-02T09:00:00.000Z started\n2026-03-02T09:00:00.000Z window shown\n',
    );
  });

  it('rotates at the size limit and keeps at most maxFiles files, newest first', () => {
    const dir = tempDir();
    const log = createFileLog({ dir, now: fixedNow, maxBytes: 100, maxFiles: 3 });
    // Each line is 24 (time) + 1 + 10 + 1 = 36 bytes: two fit in 100, the third rotates.
    for (let n = 0; n < 10; n += 1) log(`message ${String(n).padStart(2, '0')}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('message 09');
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toContain('message 07');
    expect(readFileSync(join(dir, 'main.2.log'), 'utf8')).toContain('message 05');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(100);
    }
  });

  it('continues a file left by the previous run and counts its size', () => {
    const dir = tempDir();
    createFileLog({ dir, now: fixedNow })('first run');
    writeFileSync(join(dir, 'main.log'), 'x'.repeat(90));
    const log = createFileLog({ dir, now: fixedNow, maxBytes: 100, maxFiles: 2 });
    log('second run');
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('x'.repeat(90));
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('second run');
  });

  it('never throws when the folder cannot be written, and says so once', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'desk-log-')), 'a-file');
    writeFileSync(blocker, '');
    const echoed: string[] = [];
    const log = createFileLog({
      dir: join(blocker, 'logs'),
      now: fixedNow,
      echo: (line) => echoed.push(line),
    });
    expect(() => {
      log('one');
      log('two');
    }).not.toThrow();
    expect(echoed.filter((line) => line.includes('cannot be written'))).toHaveLength(1);
    expect(echoed.filter((line) => line.endsWith('two'))).toHaveLength(1);
  });
});
