// The layers of ../shared/architecture.md, enforced: `npm run lint` cruises the app's source
// with these rules and fails on any breach. Each rule names the line of the layout it keeps.
// tests/architecture/dependency-rules.test.ts runs the same rules over a small tree with a
// deliberate breach of each, so a rule that stops catching anything fails the tests.

const renderer = '^renderer/src/';
/** Tests and their helpers may reach further than the code they test (a test server, fixtures). */
const testCode = '(\\.test\\.tsx?$|/test/)';
/** Packages that render or need a DOM: none of them is any business of the sync engine. */
const renderingPackages =
  '(^|/)node_modules/(react|react-dom|react-i18next|react-router|dexie-react-hooks|@mui|@emotion)/';
/** What code in shared/ may use: it runs in Node, the main process, a Worker and the renderer. */
const portablePackages = '(^|/)node_modules/(zod|date-fns|@date-fns/tz)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'feature-to-feature',
      comment:
        'A feature imports no other feature: what two features share goes to components/, db/, lib/ or app/.',
      severity: 'error',
      from: { path: `${renderer}features/([^/]+)/` },
      to: { path: `${renderer}features/([^/]+)/`, pathNot: `${renderer}features/$1/` },
    },
    {
      name: 'screens-not-city',
      comment:
        'No screen holds the city client: features, app and components ask sync (through the workspace) and read the store.',
      severity: 'error',
      from: { path: `${renderer}(features|app|components)/` },
      to: { path: `${renderer}city/` },
    },
    {
      name: 'only-sync-imports-city',
      comment:
        'The sync engine is the only code that talks to the city (benchmarks drive it with a real client).',
      severity: 'error',
      from: { pathNot: [`${renderer}(sync|city)/`, '^bench/'] },
      to: { path: `${renderer}city/` },
    },
    {
      name: 'only-session-imports-sync',
      comment:
        'Screens never poke the engine: only app/session starts it and hands screens commands (benchmarks aside).',
      severity: 'error',
      from: { path: renderer, pathNot: `${renderer}(sync|app/session)/` },
      to: { path: `${renderer}sync/` },
    },
    {
      name: 'renderer-not-electron',
      comment:
        'The renderer reaches the platform only through DeskApi (shared/ipc), never electron/ or `electron`.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '(^electron/|(^|/)node_modules/electron/)' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ runs anywhere: no node: modules.',
      severity: 'error',
      from: { path: '^shared/', pathNot: testCode },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-portable-packages-only',
      comment:
        'shared/ runs anywhere: no electron, dexie, react or DOM-only packages; zod and date-fns only.',
      severity: 'error',
      from: { path: '^shared/', pathNot: testCode },
      to: { path: '(^|/)node_modules/', pathNot: portablePackages },
    },
    {
      name: 'shared-stands-alone',
      comment: 'shared/ is below everything: it imports nothing of the app.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron|city-server|bench)/' },
    },
    {
      name: 'db-below-sync-and-screens',
      comment:
        'The store knows nothing of who fills it or reads it: db/ imports no sync, city, feature, app or component.',
      severity: 'error',
      from: { path: `${renderer}db/` },
      to: { path: `${renderer}(sync|city|features|app|components)/` },
    },
    {
      name: 'sync-renders-nothing',
      comment: 'No sync code renders: sync/ imports no feature, app or component.',
      severity: 'error',
      from: { path: `${renderer}sync/` },
      to: { path: `${renderer}(features|app|components)/` },
    },
    {
      name: 'sync-no-rendering-packages',
      comment: 'No sync code renders: sync/ imports no React, MUI or React bindings of Dexie.',
      severity: 'error',
      from: { path: `${renderer}sync/` },
      to: { path: renderingPackages },
    },
    {
      name: 'components-below-features',
      comment: 'components/ are the pieces features share: they import no feature.',
      severity: 'error',
      from: { path: `${renderer}components/` },
      to: { path: `${renderer}features/` },
    },
    {
      name: 'app-not-bench-or-test',
      comment:
        'Benchmarks and test helpers live in bench/ and folders named test/; no app source imports them.',
      severity: 'error',
      from: { path: '^(renderer|electron|shared)/', pathNot: testCode },
      to: { path: `(^bench/|^tests/|^city-server/|${testCode}|/testing/)` },
    },
    {
      name: 'electron-not-renderer',
      comment: 'The main process and the preload import nothing of the renderer: they meet in shared/ipc.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'no-circular',
      comment:
        'No module of the app or its benchmarks depends on itself through others (the reference city server, which a benchmark imports, has its own rules).',
      severity: 'error',
      from: { path: '^(renderer|electron|shared|bench)/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that cannot be resolved escapes every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // Type-only imports count: a screen that imports the client's type still depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.web.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
