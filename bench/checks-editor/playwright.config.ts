import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// The journeys' own setup (a fresh demo city with the simulation, `vite preview` of out/web, the
// same Chromium and locale) for the one run of `bench:checks` that drives the real editor. It
// lives in bench/ because it measures; nothing in it asserts a timing.
const root = resolve(import.meta.dirname, '../..');
const servers = Array.isArray(base.webServer) ? base.webServer : base.webServer ? [base.webServer] : [];

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'editor-long-tasks.run.ts',
  outputDir: resolve(root, 'test-results/bench-checks-editor'),
  reporter: 'list',
  projects: base.projects
    ?.filter((project) => project.name === 'web')
    .map((project) => ({ ...project, testDir: '.' })),
  webServer: servers.map((server) => ({ ...server, cwd: root })),
});
