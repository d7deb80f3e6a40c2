import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { LoginRateLimit } from './auth/login-rate-limit';
import { DEFAULT_SCRYPT_COST } from './auth/passwords';
import { SessionService } from './auth/sessions';
import type { CityContext } from './context';
import { installBodyReader } from './http/body';
import { frameworkErrorHandler, installProblemHandlers, type RegisteredRoute } from './http/errors';
import { FaultInjector, installFaultInjection } from './http/faults';
import { buildOpenApiDocument } from './openapi';
import { registerAuthRoutes } from './routes/auth';
import { registerChangeRoutes } from './routes/changes';
import { registerIssueRoutes } from './routes/issues';
import { registerPhotoRoutes } from './routes/photos';
import { registerReportRoutes } from './routes/reports';
import { registerSimRoutes } from './routes/sim';
import { registerStatsRoutes } from './routes/stats';
import { openCityStore, type CityStore } from './store/store';

// The reference city server as a Fastify app, apart from the command line, so that tests
// start it on an ephemeral port and talk to it over real HTTP.

/** The web platform's dev and preview origins. */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:5183', 'http://127.0.0.1:5183'];
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const DEFAULT_IDEMPOTENCY_RETENTION_DAYS = 30;
/** JSON bodies: far above any valid request (a report is at most 4,000 characters). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

export interface CityServerOptions {
  /** The data folder (created if missing); the database lives in it. */
  dataDir: string;
  /** Browser origins admitted by CORS; nothing else gets Access-Control-Allow-Origin. */
  corsOrigins?: string[];
  /** Simulation on, with the token its calls must carry; off when absent. */
  sim?: { token: string } | null;
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** scrypt cost (N) for password hashes made by this server; tests use a small one. */
  scryptCost?: number;
  /** How long idempotency keys are kept (the contract asks for at least 7 days). */
  idempotencyRetentionDays?: number;
  /** The clock; tests move it to expire tokens and rate limits. */
  now?: () => Date;
  /** Fastify's logger (off by default). */
  logger?: boolean;
}

export interface CityServer {
  app: FastifyInstance;
  store: CityStore;
  context: CityContext;
  /** Every route registered, as method and URL pattern. */
  routes: () => RegisteredRoute[];
}

const HOUR_MS = 60 * 60 * 1000;

export async function buildCityServer(options: CityServerOptions): Promise<CityServer> {
  const now = options.now ?? (() => new Date());
  const store = openCityStore(options.dataDir);
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  const context: CityContext = {
    store,
    sessions: new SessionService(store, {
      accessTokenTtlSeconds,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? DEFAULT_REFRESH_TOKEN_TTL_SECONDS,
      now,
    }),
    loginRateLimit: new LoginRateLimit(),
    now,
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
    cursorSecret: store.secret('cursor_secret'),
    sim: options.sim ? { token: options.sim.token, faults: new FaultInjector() } : null,
  };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 500 },
    // Answer every error raised before routing (a malformed URL) as a problem document too.
    frameworkErrors: frameworkErrorHandler,
  });
  app.addHook('onClose', async () => store.close());

  const routes = installProblemHandlers(app);
  installBodyReader(app, JSON_BODY_LIMIT_BYTES);
  await app.register(cors, {
    origin: options.corsOrigins ?? DEFAULT_CORS_ORIGINS,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  if (context.sim !== null) installFaultInjection(app, context.sim.faults);

  const openApiDocument = JSON.stringify(buildOpenApiDocument({ sim: context.sim !== null }));
  app.get('/api/v1/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(openApiDocument),
  );
  registerAuthRoutes(app, context);
  registerChangeRoutes(app, context);
  registerIssueRoutes(app, context);
  registerReportRoutes(app, context);
  registerPhotoRoutes(app, context);
  registerStatsRoutes(app, context);
  if (context.sim !== null) registerSimRoutes(app, context, context.sim);

  // Keys older than the retention are dropped at start and then hourly, with spent tokens.
  const retentionMs = (options.idempotencyRetentionDays ?? DEFAULT_IDEMPOTENCY_RETENTION_DAYS) * 24 * HOUR_MS;
  const purge = (): void => {
    const nowMs = now().getTime();
    store.transaction(() => {
      store.idempotencyKeys.purgeOlderThan(nowMs - retentionMs);
      store.tokens.purgeExpired(nowMs);
    });
  };
  purge();
  const purgeTimer = setInterval(purge, HOUR_MS);
  purgeTimer.unref();
  app.addHook('onClose', async () => clearInterval(purgeTimer));

  return { app, store, context, routes };
}
