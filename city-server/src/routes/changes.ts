import type { FastifyInstance } from 'fastify';
import { ChangesQuery, FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT } from '@shared/domain';
import type { CityContext } from '../context';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { parseQuery } from '../http/validation';

// GET /changes: the company's feed, oldest first. The page is assembled from the stored
// JSON of each change as it was written, so the same cursor gives the same bytes.

export function registerChangeRoutes(app: FastifyInstance, context: CityContext): void {
  app.get('/api/v1/changes', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const query = parseQuery(ChangesQuery, request.query);
    const limit = Math.min(query.limit ?? FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT);
    const afterSeq =
      query.cursor === undefined ? 0 : decodeCursor(context.cursorSecret, session.companyId, query.cursor);
    const { rows, hasMore } = context.store.changes.page(session.companyId, afterSeq, limit);
    const lastSeq = rows[rows.length - 1]?.seq ?? afterSeq;
    const cursor = encodeCursor(context.cursorSecret, session.companyId, lastSeq);
    const body = `{"changes":[${rows.map((row) => row.payload).join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore}}`;
    return reply.code(200).type('application/json; charset=utf-8').send(body);
  });
}
