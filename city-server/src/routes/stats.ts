import type { FastifyInstance } from 'fastify';
import { StatsQuery } from '@shared/domain';
import type { CityContext } from '../context';
import { jsonAnswer, sendAnswer } from '../http/answer';
import { HttpProblem } from '../http/problem';
import { requireRole } from '../http/scope';
import { parseQuery } from '../http/validation';
import { CompanyStatsQuery } from '../stats/company-stats';
import { addDays, moscowDateOfMs, moscowDayStart } from '../time';

// GET /stats/company?from=&to=: managers only. `from` and `to` are Moscow dates, `to`
// excluded. Without them: the last 30 days, today included (from = today − 29 days,
// to = tomorrow); with only one of them, the other is 30 days away from it.

export const DEFAULT_STATS_DAYS = 30;

export function registerStatsRoutes(app: FastifyInstance, context: CityContext): void {
  const statsQuery = new CompanyStatsQuery(context.store.db);

  app.get('/api/v1/stats/company', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    requireRole(session, ['manager'], 'Only managers read the company’s figures.');
    const query = parseQuery(StatsQuery, request.query);
    const nowMs = context.now().getTime();
    const to =
      query.to ??
      (query.from === undefined
        ? addDays(moscowDateOfMs(nowMs), 1)
        : addDays(query.from, DEFAULT_STATS_DAYS));
    const from = query.from ?? addDays(to, -DEFAULT_STATS_DAYS);
    if (from >= to) {
      throw new HttpProblem('validation', 'The window is empty: `from` must be before `to`.', {
        errors: [{ field: 'to', message: 'must be after from' }],
      });
    }
    const stats = statsQuery.compute(session.companyId, moscowDayStart(from), moscowDayStart(to), nowMs);
    return sendAnswer(reply, jsonAnswer(200, stats));
  });
}
