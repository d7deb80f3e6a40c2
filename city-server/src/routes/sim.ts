import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { CityContext } from '../context';
import { jsonAnswer, sendAnswer } from '../http/answer';
import { bodyOf } from '../http/body';
import type { FaultInjector } from '../http/faults';
import { HttpProblem } from '../http/problem';
import {
  SimDecisionBody,
  SimFaultsBody,
  SimIssueBody,
  SimRatingBody,
  SimWithdrawBody,
} from '../http/request-schemas';
import { parseBody } from '../http/validation';
import { bearerTokenOf } from '../auth/sessions';
import { SimulatedCity } from '../sim/city-actions';

// The reference server's simulation calls, registered only when the server runs with
// simulation on, and answered only for the simulation token: a company's token is a 403,
// anything else a 401. They take no Idempotency-Key and are never subject to faults.

const IdParams = z.object({ id: z.string() });

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function registerSimRoutes(
  app: FastifyInstance,
  context: CityContext,
  sim: { token: string; faults: FaultInjector },
): void {
  const city = new SimulatedCity(context.store, context.now);

  const requireSimToken = (request: FastifyRequest): void => {
    const token = bearerTokenOf(request.headers.authorization);
    if (token !== undefined && sameSecret(token, sim.token)) return;
    // A valid company token is a known caller without the right: 403. Anything else: 401.
    context.sessions.authenticate(request.headers.authorization);
    throw new HttpProblem('forbidden', 'Simulation calls take the simulation token, not a company’s.');
  };

  app.post('/api/v1/sim/issues', async (request, reply) => {
    requireSimToken(request);
    const input = parseBody(SimIssueBody, bodyOf(request), 'The simulated issue', { optional: true });
    return sendAnswer(reply, jsonAnswer(201, { issue: city.fileIssue(input) }));
  });

  app.post('/api/v1/sim/reports/:id/decision', async (request, reply) => {
    requireSimToken(request);
    const { id } = IdParams.parse(request.params);
    const { decision, comment } = parseBody(SimDecisionBody, bodyOf(request), 'The decision');
    return sendAnswer(reply, jsonAnswer(200, city.decideReport(id, decision, comment)));
  });

  app.post('/api/v1/sim/issues/:id/rating', async (request, reply) => {
    requireSimToken(request);
    const { id } = IdParams.parse(request.params);
    const { score, comment } = parseBody(SimRatingBody, bodyOf(request), 'The rating');
    return sendAnswer(reply, jsonAnswer(201, { rating: city.rateIssue(id, score, comment) }));
  });

  app.post('/api/v1/sim/issues/:id/dispute', async (request, reply) => {
    requireSimToken(request);
    const { id } = IdParams.parse(request.params);
    parseBody(z.object({}).strict(), bodyOf(request), 'The dispute', { optional: true });
    return sendAnswer(reply, jsonAnswer(200, { issue: city.disputeIssue(id) }));
  });

  app.post('/api/v1/sim/issues/:id/withdraw', async (request, reply) => {
    requireSimToken(request);
    const { id } = IdParams.parse(request.params);
    const { toCompanyId } = parseBody(SimWithdrawBody, bodyOf(request), 'The withdrawal', { optional: true });
    return sendAnswer(reply, jsonAnswer(200, { issue: city.withdrawIssue(id, toCompanyId) }));
  });

  app.put('/api/v1/sim/faults', async (request, reply) => {
    requireSimToken(request);
    const faults = parseBody(SimFaultsBody, bodyOf(request), 'The faults');
    sim.faults.configure(faults);
    return sendAnswer(reply, jsonAnswer(200, { faults }));
  });

  app.get('/api/v1/sim/faults', async (request, reply) => {
    requireSimToken(request);
    return sendAnswer(reply, jsonAnswer(200, { faults: sim.faults.current() }));
  });

  app.get('/api/v1/sim/state', async (request, reply) => {
    requireSimToken(request);
    return sendAnswer(reply, jsonAnswer(200, { reports: city.reports() }));
  });
}
