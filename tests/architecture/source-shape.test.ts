import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Small files with one job, and nothing but the app in the app's source (architecture.md).

const root = resolve(import.meta.dirname, '../..');
const appSource = ['renderer/src', 'electron', 'shared'];
const MAX_LINES = 300;

/** Data tables, which are long by nature; each with why it is here. */
const longDataFiles: Record<string, string> = {
  'renderer/src/features/queue/messages.ts': 'the queue’s words in Russian and English',
  'renderer/src/features/ratings/messages.ts': 'the ratings’ words in Russian and English',
  'shared/i18n/failures.ts':
    'what happened and what to do next for every failure code, in Russian and English',
};

function walk(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      dirs.push(path);
      const inner = walk(path);
      files.push(...inner.files);
      dirs.push(...inner.dirs);
    } else files.push(path);
  }
  return { files, dirs };
}

const tree = appSource.map((dir) => walk(join(root, dir)));
const relativeToRoot = (path: string) => relative(root, path).split('\\').join('/');
const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.includes('/test/');
const sourceFiles = tree
  .flatMap(({ files }) => files)
  .map(relativeToRoot)
  .filter((path) => /\.(ts|tsx|js|mjs|cjs)$/.test(path) && !isTest(path));

describe('the app’s source', () => {
  it(`has no file over ${MAX_LINES} lines but the listed data tables`, () => {
    const long = sourceFiles
      .map((path) => ({ path, lines: readFileSync(join(root, path), 'utf8').split('\n').length - 1 }))
      .filter(({ path, lines }) => lines > MAX_LINES && !(path in longDataFiles))
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('lists only data tables that exist and are still long', () => {
    const stale = Object.keys(longDataFiles).filter(
      (path) =>
        !sourceFiles.includes(path) ||
        readFileSync(join(root, path), 'utf8').split('\n').length - 1 <= MAX_LINES,
    );
    expect(stale).toEqual([]);
  });

  it('holds no benchmark or test-support folder but folders named test/', () => {
    const misplaced = tree
      .flatMap(({ dirs }) => dirs)
      .map(relativeToRoot)
      .filter((path) => /(^|\/)(bench|benchmarks?|testing|tests|__tests__|fixtures)$/.test(path));
    expect(misplaced).toEqual([]);
  });
});
