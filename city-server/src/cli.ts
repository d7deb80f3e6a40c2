import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildCityServer, DEFAULT_CORS_ORIGINS } from './app';
import { seedDatabase } from './store/seed';
import type { CityStore } from './store/store';
import type { SeedWorld } from './seed/world';

// npm run city-server -- --port 4311 --data <dir> [--seed demo|bench|none] [--issues N]
//   [--sim] [--sim-token <t>] [--cors <origin,origin>] [--host 127.0.0.1]
// Seeds only into an empty data folder: a second start with the same --data keeps its data.

const usage = `Usage: npm run city-server -- [options]
  --port <n>             port to listen on (default 4311; 0 picks a free one)
  --host <host>          address to bind (default 127.0.0.1)
  --data <dir>           data folder (default .data/city-server)
  --seed demo|bench|none what to put into a new, empty data folder (default demo)
  --issues <n>           issues in the bench seed (default 10000)
  --sim                  turn the simulation calls (/sim/*) and fault injection on
  --sim-token <t>        the simulation token (implies --sim; default: random, printed)
  --cors <origins>       comma-separated browser origins (default ${DEFAULT_CORS_ORIGINS.join(',')})
  --access-token-ttl <s> access token lifetime in seconds (default 900)
  --log                  log every request (Fastify's logger)`;

const CliOptions = z.object({
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  data: z.string().min(1),
  seed: z.enum(['demo', 'bench', 'none']),
  issues: z.coerce.number().int().positive(),
  sim: z.boolean(),
  simToken: z.string().min(8).optional(),
  cors: z.array(z.url()).optional(),
  accessTokenTtl: z.coerce.number().int().positive().optional(),
  log: z.boolean(),
});
type CliOptions = z.infer<typeof CliOptions>;

const DEMO_LOGINS = ['dispatcher', 'supervisor', 'manager', 'neighbour.dispatcher'];
const DEMO_PASSWORD = 'demo';
/** The seeds' own generator seed: the same city every time. */
const WORLD_SEED = 2026;

function readOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4311' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data/city-server' },
      seed: { type: 'string', default: 'demo' },
      issues: { type: 'string', default: '10000' },
      sim: { type: 'boolean', default: false },
      'sim-token': { type: 'string' },
      cors: { type: 'string' },
      'access-token-ttl': { type: 'string' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return CliOptions.parse({
    port: values.port,
    host: values.host,
    data: values.data,
    seed: values.seed,
    issues: values.issues,
    sim: values.sim || values['sim-token'] !== undefined,
    simToken: values['sim-token'],
    cors: values.cors
      ?.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    accessTokenTtl: values['access-token-ttl'],
    log: values.log,
  });
}

async function worldFor(options: CliOptions, now: Date): Promise<SeedWorld | undefined> {
  switch (options.seed) {
    case 'none':
      return undefined;
    case 'demo': {
      const { generateDemoWorld } = await import('./seed/demo');
      return generateDemoWorld({ now, seed: WORLD_SEED });
    }
    case 'bench': {
      const { generateBenchWorld } = await import('./seed/bench');
      return generateBenchWorld({ issues: options.issues, now, seed: WORLD_SEED });
    }
  }
}

async function seedIfEmpty(store: CityStore, options: CliOptions): Promise<string> {
  if (!store.isEmpty()) return 'kept its data (seeds go only into an empty folder)';
  const started = performance.now();
  const world = await worldFor(options, new Date());
  if (world === undefined) return 'empty (--seed none)';
  const summary = await seedDatabase(store, world);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `seeded "${options.seed}": ${summary.companies} companies, ${summary.staff} staff, ${summary.issues} issues, ${summary.reports} reports, ${summary.ratings} ratings in ${seconds} s`;
}

function describeLogins(store: CityStore): string[] {
  const lines: string[] = [];
  for (const login of DEMO_LOGINS) {
    const record = store.catalog.login(login);
    const staff = record === undefined ? undefined : store.catalog.staff(record.staffId);
    const company = staff === undefined ? undefined : store.catalog.company(staff.companyId);
    if (staff !== undefined && company !== undefined) {
      lines.push(`    ${login.padEnd(22)} ${staff.staff.role.padEnd(11)} ${company.name}`);
    }
  }
  return lines.length === 0
    ? ['  No demo logins in this data folder.']
    : [`  Demo logins (password "${DEMO_PASSWORD}"):`, ...lines];
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : String(error));
    console.error(usage);
    process.exit(2);
  }
  const dataDir = resolve(options.data);
  const simToken = options.sim
    ? (options.simToken ?? `sim_${randomBytes(18).toString('base64url')}`)
    : undefined;
  const corsOrigins = options.cors ?? DEFAULT_CORS_ORIGINS;
  const { app, store } = await buildCityServer({
    dataDir,
    corsOrigins,
    sim: simToken === undefined ? null : { token: simToken },
    accessTokenTtlSeconds: options.accessTokenTtl,
    logger: options.log,
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`city-server: ${signal}, closing`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('city-server: failed to close cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const dataState = await seedIfEmpty(store, options);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const baseUrl = `http://${host}:${port}/api/v1`;
  console.log(
    [
      `Gorod city server (reference) listening on ${baseUrl}`,
      `  Data: ${dataDir} — ${dataState}`,
      `  OpenAPI: ${baseUrl}/openapi.json`,
      ...describeLogins(store),
      simToken === undefined
        ? '  Simulation: off (--sim to turn it on)'
        : `  Simulation: on, token ${simToken}`,
      `  CORS origins: ${corsOrigins.join(', ')}`,
      `  Try: curl -s -X POST ${baseUrl}/auth/token -H 'content-type: application/json' -d '{"login":"dispatcher","password":"demo"}'`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error('city-server: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
