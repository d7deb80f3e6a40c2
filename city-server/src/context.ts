import type { LoginRateLimit } from './auth/login-rate-limit';
import type { SessionService } from './auth/sessions';
import type { FaultInjector } from './http/faults';
import type { CityStore } from './store/store';

// What every route module is given: the store, the auth services and the server's settings.

export interface CityContext {
  store: CityStore;
  sessions: SessionService;
  loginRateLimit: LoginRateLimit;
  now: () => Date;
  /** scrypt cost (N) for the password hashes this server makes while running. */
  scryptCost: number;
  /** Signs feed cursors; kept in the database so cursors survive a restart. */
  cursorSecret: string;
  /** Present only when the server runs with simulation on. */
  sim: { token: string; faults: FaultInjector } | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A call a company's workstation makes with its token: subject to injected faults. */
    companyCall?: boolean;
  }
}
