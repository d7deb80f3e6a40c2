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

/**
 * A dependency that breaks the layout: `from` a module matching the first, `to` one matching the second.
 * @param {string} name
 * @param {string} comment
 * @param {import('dependency-cruiser').IFromRestriction} from
 * @param {import('dependency-cruiser').IToRestriction} to
 * @returns {import('dependency-cruiser').IForbiddenRuleType}
 */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    forbid(
      'feature-to-feature',
      'A feature imports no other feature: what two features share goes to components/, db/, lib/ or app/.',
      { path: `${renderer}features/([^/]+)/` },
      { path: `${renderer}features/([^/]+)/`, pathNot: `${renderer}features/$1/` },
    ),
    forbid(
      'screens-not-city',
      'No screen holds the city client: features, app and components ask sync (through the workspace) and read the store.',
      { path: `${renderer}(features|app|components)/` },
      { path: `${renderer}city/` },
    ),
    forbid(
      'only-sync-imports-city',
      'The sync engine is the only code that talks to the city (benchmarks drive it with a real client).',
      { pathNot: [`${renderer}(sync|city)/`, '^bench/'] },
      { path: `${renderer}city/` },
    ),
    forbid(
      'only-session-imports-sync',
      'Screens never poke the engine: only app/session starts it and hands screens commands (benchmarks aside).',
      { path: renderer, pathNot: `${renderer}(sync|app/session)/` },
      { path: `${renderer}sync/` },
    ),
    forbid(
      'renderer-not-electron',
      'The renderer reaches the platform only through DeskApi (shared/ipc), never electron/ or `electron`.',
      { path: '^renderer/' },
      { path: '(^electron/|(^|/)node_modules/electron/)' },
    ),
    forbid(
      'shared-no-node-builtins',
      'shared/ runs anywhere: no node: modules.',
      { path: '^shared/', pathNot: testCode },
      { dependencyTypes: ['core'] },
    ),
    forbid(
      'shared-portable-packages-only',
      'shared/ runs anywhere: no electron, dexie, react or DOM-only packages; zod and date-fns only.',
      { path: '^shared/', pathNot: testCode },
      { path: '(^|/)node_modules/', pathNot: portablePackages },
    ),
    forbid(
      'shared-stands-alone',
      'shared/ is below everything: it imports nothing of the app.',
      { path: '^shared/' },
      { path: '^(renderer|electron|city-server|bench)/' },
    ),
    forbid(
      'db-below-sync-and-screens',
      'The store knows nothing of who fills it or reads it: db/ imports no sync, city, feature, app or component.',
      { path: `${renderer}db/` },
      { path: `${renderer}(sync|city|features|app|components)/` },
    ),
    forbid(
      'sync-renders-nothing',
      'No sync code renders: sync/ imports no feature, app or component.',
      { path: `${renderer}sync/` },
      { path: `${renderer}(features|app|components)/` },
    ),
    forbid(
      'sync-no-rendering-packages',
      'No sync code renders: sync/ imports no React, MUI or React bindings of Dexie.',
      { path: `${renderer}sync/` },
      { path: renderingPackages },
    ),
    forbid(
      'components-below-features',
      'components/ are the pieces features share: they import no feature.',
      { path: `${renderer}components/` },
      { path: `${renderer}features/` },
    ),
    forbid(
      'app-not-bench-or-test',
      'Benchmarks and test helpers live in bench/ and folders named test/; no app source imports them.',
      { path: '^(renderer|electron|shared)/', pathNot: testCode },
      { path: `(^bench/|^tests/|^city-server/|${testCode}|/testing/)` },
    ),
    forbid(
      'electron-not-renderer',
      'The main process and the preload import nothing of the renderer: they meet in shared/ipc.',
      { path: '^electron/' },
      { path: '^renderer/' },
    ),
    forbid(
      'no-circular',
      'No module of the app or its benchmarks depends on itself through others at run time (the reference city server, which a benchmark imports, has its own rules); a cycle closed only by a type import is erased by the compiler.',
      { path: '^(renderer|electron|shared|bench)/' },
      { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    ),
    forbid(
      'no-unresolvable',
      'An import that cannot be resolved escapes every rule above.',
      {},
      { couldNotResolve: true },
    ),
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
