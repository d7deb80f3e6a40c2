import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimFaults } from '@shared/domain';
import { sendProblem } from './errors';
import { HttpProblem } from './problem';

// Fault injection for the simulation (PUT /sim/faults). Each company call (a route marked
// `companyCall`: everything but /auth/*, /sim/* and /openapi.json) waits `latencyMs` and
// draws once from a seeded generator: below `failRate` it is answered 503 without being
// handled; in the next `dropRate` it is handled (and committed) and then its connection is
// cut before the answer goes out. The same seed and the same sequence of calls give the
// same faults.

export const NO_FAULTS: SimFaults = { latencyMs: 0, failRate: 0, dropRate: 0, seed: 0 };

/** mulberry32, shared with the renderer: plenty for drawing faults. */
import { seededRandom } from '@shared/random';

export { seededRandom };

export type FaultOutcome = 'answer' | 'fail' | 'drop';

export class FaultInjector {
  private settings: SimFaults = NO_FAULTS;
  private random = seededRandom(0);

  configure(settings: SimFaults): void {
    this.settings = settings;
    this.random = seededRandom(settings.seed);
  }

  current(): SimFaults {
    return this.settings;
  }

  draw(): FaultOutcome {
    const { failRate, dropRate } = this.settings;
    if (failRate === 0 && dropRate === 0) return 'answer';
    const value = this.random();
    if (value < failRate) return 'fail';
    if (value < failRate + dropRate) return 'drop';
    return 'answer';
  }
}

export function installFaultInjection(app: FastifyInstance, faults: FaultInjector): void {
  const toDrop = new WeakSet<FastifyRequest>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.companyCall !== true) return;
    const { latencyMs } = faults.current();
    const outcome = faults.draw();
    if (latencyMs > 0) await sleep(latencyMs);
    if (outcome === 'fail') {
      return sendProblem(
        reply,
        new HttpProblem(
          'unavailable',
          'Injected fault: the city is unavailable; try again.',
          {},
          { 'Retry-After': '1' },
        ),
      );
    }
    if (outcome === 'drop') toDrop.add(request);
  });

  // onSend runs after the handler (and its transaction) finished: the work is done, and the
  // caller never hears of it.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (toDrop.has(request)) request.raw.socket.destroy();
    return payload;
  });
}
