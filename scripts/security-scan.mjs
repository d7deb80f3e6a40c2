// The static security scan of the Electron configuration: `node scripts/security-scan.mjs`.
//
// Two layers, and the scan fails (exit 1) on any finding of either that is not accepted below:
//  1. Doyensec's electronegativity over electron/, run offline (its release check, the only
//     part that needs the network, is left out). Findings above LOW fail unless listed in
//     `acceptedElectronegativity` with the reason they are fine here.
//  2. Our own checks over the TypeScript of electron/ (AST, with the project's TypeScript),
//     for what electronegativity cannot see or does not check: a webPreferences literal with
//     isolation, sandbox and no Node at each BrowserWindow; no nodeIntegration, webSecurity:
//     false, insecure content, experimental or Blink features anywhere; every openExternal
//     behind the allow-list; window.open and navigation denied; a permission handler; a CSP
//     header; no ipcRenderer handed to the page; no remote page loaded.
//
// Options: --dir <folder> (default electron/), --no-electronegativity (own checks only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Electronegativity findings above LOW that are fine in this app, each with the reason. */
const acceptedElectronegativity = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    reason:
      'openAllowedExternal opens only https links to the hosts of shared/ipc/external-links.ts (the own check "open-external-unguarded" verifies the guard).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/ipc/shell.ts',
    reason: 'the shell:open-external handler refuses any URL isAllowedExternalUrl rejects before opening it.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    reason:
      'the preload is our own sandboxed script; it exposes only the DeskApi through contextBridge, never ipcRenderer (own check "ipc-renderer-exposed").',
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/services/deep-link.ts',
    reason:
      'gorod-desk:// links only ever open an issue: parseDeepLink accepts exactly gorod-desk://issue/<[A-Za-z0-9_-]{1,64}> and ignores anything else.',
  },
];

const severityRank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

function parseOptions(argv) {
  const options = { dir: join(root, 'electron'), electronegativity: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--dir') options.dir = resolve(argv[++index] ?? '');
    else if (arg === '--no-electronegativity') options.electronegativity = false;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function sourceFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(name) && !/\.test\.|\.d\.ts$/.test(name)) files.push(path);
  }
  return files;
}

// ---------------------------------------------------------------- own checks

const forbiddenValues = {
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  contextIsolation: false,
  sandbox: false,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  webviewTag: true,
};
const requiredWebPreferences = { contextIsolation: true, sandbox: true, nodeIntegration: false };

const propertyName = (node) =>
  node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;

const literalValue = (node) => {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
};

const calledName = (call) => {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee)) return callee.text;
  return undefined;
};

function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return current;
  }
  return node.getSourceFile();
}

/** Runs the own checks over the files; returns findings and what was seen across all of them. */
export function ownChecks(files, baseDir) {
  const findings = [];
  const seen = {
    windows: 0,
    windowOpenHandler: false,
    willNavigate: false,
    permissionHandler: false,
    cspHeader: false,
  };

  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node) => {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
      return `${relative(baseDir, file)}:${line + 1}:${character + 1}`;
    };
    const report = (check, node, message) => findings.push({ check, where: where(node), message });

    const visit = (node) => {
      if (ts.isPropertyAssignment(node)) {
        const name = propertyName(node);
        const value = literalValue(node.initializer);
        if (name && Object.hasOwn(forbiddenValues, name) && value === forbiddenValues[name]) {
          report('unsafe-web-preference', node, `${name}: ${value}`);
        }
        if (name === 'enableBlinkFeatures')
          report('blink-features', node, 'enableBlinkFeatures turns on Blink features');
      }
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        /^(BrowserWindow|BaseWindow|WebContentsView)$/.test(node.expression.text)
      ) {
        seen.windows += 1;
        checkWindowOptions(node, report);
      }
      if (ts.isCallExpression(node)) {
        const name = calledName(node);
        if (
          name === 'openExternal' &&
          !/\bisAllowedExternalUrl\s*\(/.test(enclosingFunction(node).getText(source))
        ) {
          report(
            'open-external-unguarded',
            node,
            'openExternal without isAllowedExternalUrl in the same function',
          );
        }
        if (name === 'setWindowOpenHandler') seen.windowOpenHandler = true;
        if (name === 'setPermissionRequestHandler') seen.permissionHandler = true;
        if (
          name === 'on' &&
          node.arguments[0] &&
          ts.isStringLiteral(node.arguments[0]) &&
          node.arguments[0].text === 'will-navigate'
        ) {
          seen.willNavigate = true;
        }
        if (name === 'onHeadersReceived' && /Content-Security-Policy/i.test(text)) seen.cspHeader = true;
        if (
          name === 'exposeInMainWorld' &&
          node.arguments[1] &&
          /\bipcRenderer\b/.test(node.arguments[1].getText(source))
        ) {
          report(
            'ipc-renderer-exposed',
            node,
            'ipcRenderer (or something holding it) is exposed to the page',
          );
        }
        if (
          name === 'loadURL' &&
          node.arguments[0] &&
          ts.isStringLiteralLike(node.arguments[0]) &&
          /^https?:/i.test(node.arguments[0].text)
        ) {
          report('remote-content', node, `loads a remote page: ${node.arguments[0].text}`);
        }
        if (
          name === 'appendSwitch' &&
          node.arguments[0] &&
          ts.isStringLiteralLike(node.arguments[0]) &&
          /disable-web-security|ignore-certificate-errors/.test(node.arguments[0].text)
        ) {
          report('unsafe-switch', node, `command line switch ${node.arguments[0].text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  if (seen.windows > 0) {
    const anchor = { check: '', where: relative(baseDir, baseDir) || '.', message: '' };
    if (!seen.windowOpenHandler)
      findings.push({
        ...anchor,
        check: 'window-open-allowed',
        message: 'windows are created but no setWindowOpenHandler denies window.open',
      });
    if (!seen.willNavigate)
      findings.push({
        ...anchor,
        check: 'navigation-unlimited',
        message: "windows are created but nothing handles 'will-navigate'",
      });
    if (!seen.permissionHandler)
      findings.push({
        ...anchor,
        check: 'permissions-unlimited',
        message: 'no setPermissionRequestHandler limits permissions',
      });
    if (!seen.cspHeader)
      findings.push({
        ...anchor,
        check: 'csp-header-missing',
        message: 'no onHeadersReceived sets a Content-Security-Policy header',
      });
  }
  return findings;
}

function checkWindowOptions(node, report) {
  const options = node.arguments?.[0];
  if (!options || !ts.isObjectLiteralExpression(options)) {
    report(
      'window-options-hidden',
      node,
      `${node.expression.text} options are not an object literal, so they cannot be checked`,
    );
    return;
  }
  const preferences = options.properties.find(
    (property) => ts.isPropertyAssignment(property) && propertyName(property) === 'webPreferences',
  );
  if (!preferences || !ts.isObjectLiteralExpression(preferences.initializer)) {
    report('web-preferences-missing', node, 'no webPreferences object literal at the constructor');
    return;
  }
  for (const [name, required] of Object.entries(requiredWebPreferences)) {
    const property = preferences.initializer.properties.find(
      (p) => ts.isPropertyAssignment(p) && propertyName(p) === name,
    );
    if (!property || literalValue(property.initializer) !== required) {
      report('web-preference-not-explicit', preferences, `${name} must be written as ${required}`);
    }
  }
}

// ---------------------------------------------------------------- electronegativity

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.trim());
      field = '';
    } else if (char === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '');
}

/** Runs electronegativity; null when it is not installed. */
export function electronegativityFindings(dir) {
  let cli;
  try {
    cli = join(
      require.resolve('@doyensec/electronegativity/package.json').replace(/package\.json$/, ''),
      'dist/index.js',
    );
  } catch {
    return null;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const output = join(outDir, 'findings.csv');
  try {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(root, 'scripts/electronegativity-sync-write.mjs')).href,
        cli,
        '-i',
        dir,
        '-r',
        '-e',
        electronVersion(),
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-o',
        output,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (!existsSync(output)) {
      throw new Error(
        `electronegativity wrote no findings (exit ${run.status}): ${run.stderr || run.stdout}`,
      );
    }
    const [header, ...rows] = parseCsv(readFileSync(output, 'utf8'));
    const findings = rows.filter((row) => row.length >= 5 && row[0]);
    const unreadable = findings.find(
      ([check, severity]) => !/^[A-Z_]+$/.test(check) || !(severity in severityRank),
    );
    if (header?.[0] !== 'issue' || unreadable !== undefined) {
      throw new Error(`electronegativity's report is unreadable: ${JSON.stringify(unreadable ?? header)}`);
    }
    return findings.map(([check, severity, confidence, file, location, sample, description]) => ({
      check,
      severity,
      confidence,
      file,
      location,
      sample,
      description,
    }));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the scan

export function scan(options) {
  const own = ownChecks(sourceFiles(options.dir), options.dir);
  const negativity = options.electronegativity ? electronegativityFindings(options.dir) : null;
  const aboveLow = (negativity ?? []).filter(
    (finding) => (severityRank[finding.severity] ?? 4) > severityRank.LOW,
  );
  const acceptance = (finding) =>
    acceptedElectronegativity.find(
      (accepted) => accepted.check === finding.check && accepted.file === finding.file,
    );
  return {
    own,
    electronegativityRan: negativity !== null,
    failing: aboveLow.filter((finding) => !acceptance(finding)),
    accepted: aboveLow
      .filter(acceptance)
      .map((finding) => ({ ...finding, reason: acceptance(finding).reason })),
    low: (negativity ?? []).filter((finding) => (severityRank[finding.severity] ?? 4) <= severityRank.LOW),
  };
}

if (process.argv[1] === import.meta.filename) {
  const options = parseOptions(process.argv.slice(2));
  const result = scan(options);
  const dirName = relative(root, options.dir) || '.';
  console.log(`security scan of ${dirName}`);
  for (const finding of result.own)
    console.log(`  FAIL ${finding.check} at ${finding.where}: ${finding.message}`);
  if (!options.electronegativity) console.log('  electronegativity: not run (--no-electronegativity)');
  else if (!result.electronegativityRan) console.log('  electronegativity: not installed; own checks only');
  for (const f of result.failing)
    console.log(
      `  FAIL ${f.check} (${f.severity}, ${f.confidence}) at ${f.file}:${f.location}: ${f.description}`,
    );
  for (const f of result.accepted)
    console.log(`  accepted ${f.check} (${f.severity}) at ${f.file}:${f.location}: ${f.reason}`);
  for (const f of result.low)
    console.log(`  note ${f.check} (${f.severity}) at ${f.file}:${f.location}: ${f.description}`);
  const failures = result.own.length + result.failing.length;
  console.log(
    failures === 0
      ? `security scan passed: no finding above LOW (${result.accepted.length} accepted with reasons, ${result.low.length} at LOW or below)`
      : `security scan failed: ${failures} finding(s)`,
  );
  process.exit(failures === 0 ? 0 : 1);
}
