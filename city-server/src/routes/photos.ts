import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PHOTO_MAX_BYTES, photoMediaTypes, sha256Hex, type PhotoStored } from '@shared/domain';
import type { Session } from '../auth/sessions';
import type { CityContext } from '../context';
import { jsonAnswer, sendAnswer } from '../http/answer';
import { bodyOf, type RequestBody } from '../http/body';
import { HttpProblem } from '../http/problem';
import { sniffImage } from '../images/sniff';
import type { StoredPhoto } from '../store/photos';

// Content-addressed photos: HEAD (can the company reach these bytes?), PUT (upload, checked
// against the hash and sniffed for its real type and size) and GET (the bytes, cacheable
// forever: the same address always names the same bytes).

const PhotoParams = z.object({ sha256: z.string() });
const isPhotoMediaType = (value: string): boolean => photoMediaTypes.some((type) => type === value);

/** Photos are scoped by company, so caches must keep them private; they never change. */
const PHOTO_CACHE_CONTROL = 'private, max-age=31536000, immutable';

const photoEtag = (sha256: string): string => `"${sha256}"`;

function etagMatches(header: string | undefined, sha256: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === photoEtag(sha256));
}

function reachablePhoto(context: CityContext, session: Session, sha256: string): StoredPhoto {
  const photo = sha256Hex.safeParse(sha256).success ? context.store.photos.find(sha256) : undefined;
  if (photo === undefined || !context.store.photos.isReachableBy(session.companyId, sha256)) {
    throw new HttpProblem('not_found', 'Your company has no photo with this hash.');
  }
  return photo;
}

function withPhotoHeaders(reply: FastifyReply, photo: StoredPhoto): FastifyReply {
  return reply
    .header('ETag', photoEtag(photo.sha256))
    .header('Cache-Control', PHOTO_CACHE_CONTROL)
    .header('Content-Type', photo.mediaType);
}

/** The uploaded bytes, or the problem the contract prescribes (413, 415, 422). */
function uploadedBytes(body: RequestBody, sha256: string): { data: Buffer; mediaType: string } {
  if (body.kind === 'too_large') {
    throw new HttpProblem(
      'payload_too_large',
      `A photo is at most ${PHOTO_MAX_BYTES} bytes; this one has ${body.receivedBytes}.`,
    );
  }
  const mediaType = body.kind === 'bytes' ? body.mediaType : body.kind === 'empty' ? '' : 'application/json';
  if (!isPhotoMediaType(mediaType)) {
    throw new HttpProblem('unsupported_media_type', `Send the photo as ${photoMediaTypes.join(', ')}.`);
  }
  if (body.kind !== 'bytes') throw new HttpProblem('validation', 'The body is empty.');
  if (!sha256Hex.safeParse(sha256).success) {
    throw new HttpProblem('validation', 'The address is not a lowercase hex SHA-256.', {
      errors: [{ field: 'sha256', message: 'must be 64 lowercase hex digits' }],
    });
  }
  const actual = createHash('sha256').update(body.data).digest('hex');
  if (actual !== sha256) {
    throw new HttpProblem(
      'validation',
      `The bytes hash to ${actual}, not to the address they were sent to.`,
      {
        errors: [{ field: 'sha256', message: 'does not match the bytes' }],
      },
    );
  }
  return { data: body.data, mediaType };
}

export function registerPhotoRoutes(app: FastifyInstance, context: CityContext): void {
  const { store } = context;

  app.head('/api/v1/photos/:sha256', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const photo = reachablePhoto(context, session, PhotoParams.parse(request.params).sha256);
    return withPhotoHeaders(reply, photo).header('Content-Length', String(photo.size)).code(200).send();
  });

  app.get('/api/v1/photos/:sha256', { config: { companyCall: true } }, async (request, reply) => {
    const session = context.sessions.authenticate(request.headers.authorization);
    const photo = reachablePhoto(context, session, PhotoParams.parse(request.params).sha256);
    withPhotoHeaders(reply, photo);
    if (etagMatches(request.headers['if-none-match'], photo.sha256)) return reply.code(304).send();
    return reply.code(200).send(store.photos.bytes(photo.sha256));
  });

  app.put(
    '/api/v1/photos/:sha256',
    { config: { companyCall: true }, bodyLimit: PHOTO_MAX_BYTES },
    async (request, reply) => {
      const session = context.sessions.authenticate(request.headers.authorization);
      const { sha256 } = PhotoParams.parse(request.params);
      const { data, mediaType } = uploadedBytes(bodyOf(request), sha256);
      const facts = sniffImage(data);
      if (facts === undefined || facts.mediaType !== mediaType) {
        throw new HttpProblem(
          'unsupported_media_type',
          facts === undefined
            ? 'The bytes are not a JPEG, PNG or WebP image.'
            : `The bytes are ${facts.mediaType}, not the declared ${mediaType}.`,
        );
      }
      const nowMs = context.now().getTime();
      const stored: PhotoStored = { sha256, width: facts.width, height: facts.height, bytes: data.length };
      const alreadyReachable = store.transaction(() => {
        const reachable = store.photos.isReachableBy(session.companyId, sha256);
        store.photos.store(
          { sha256, mediaType: facts.mediaType, width: facts.width, height: facts.height, size: data.length },
          data,
        );
        store.photos.recordUpload(session.companyId, sha256, nowMs);
        return reachable;
      });
      return sendAnswer(reply, jsonAnswer(alreadyReachable ? 200 : 201, stored));
    },
  );
}
