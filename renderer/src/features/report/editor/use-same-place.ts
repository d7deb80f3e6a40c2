import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PhotoRef } from '@shared/domain';
import type { PhotoRecord } from '../../../db/records';
import { photoInStore } from '../../../db/requests';
import { useWorkspace } from '../../../app/session/session-context';
import { photoPipeline, type PhotoPipeline, type SamePlaceResult } from '../photos';

// Each "after" photo compared with the resident's photo, in the photo worker. The resident's
// photo comes from this device's store, asked of sync when it is not kept yet (as the
// thumbnails ask); the answers are kept for the session, so reopening a report costs nothing.

const answers = new Map<string, SamePlaceResult | 'failed'>();
const keyOf = (resident: string, photo: string) => `${resident}:${photo}`;

/**
 * By the after-photo's SHA-256: its comparison, once made, or 'failed' when it threw (the checks
 * say so, in words); absent while it runs or while the resident's photo is not here.
 */
export type SamePlaceResults = ReadonlyMap<string, SamePlaceResult | 'failed'>;

export function useSamePlace(
  resident: PhotoRef | undefined,
  photos: readonly PhotoRecord[],
  pipeline: PhotoPipeline = photoPipeline,
): SamePlaceResults {
  const { db, commands } = useWorkspace();
  const residentSha = resident?.sha256 ?? '';
  const stored = useLiveQuery(
    async () => (residentSha ? ((await db.photos.get(residentSha)) ?? null) : null),
    [db, residentSha],
  );
  const known = useLiveQuery(
    async () => (residentSha ? photoInStore(db, residentSha) : null),
    [db, residentSha],
  );
  const missing = known !== undefined && known !== null && !known.kept;
  useEffect(() => {
    if (missing && resident) void commands.wantPhoto({ ...resident, origin: 'resident' });
  }, [commands, missing, resident]);

  const [, setAnswered] = useState(0);
  const residentBlob = stored?.blob;
  useEffect(() => {
    if (!residentBlob) return;
    let live = true;
    for (const photo of photos) {
      const key = keyOf(residentSha, photo.sha256);
      if (answers.has(key) || !photo.blob) continue;
      void pipeline
        .compareSamePlace({ resident: residentBlob, photo: photo.blob, residentKey: residentSha })
        .then(
          (result) => answers.set(key, result),
          (error: unknown) => {
            console.error('The same-place comparison failed', error);
            answers.set(key, 'failed');
          },
        )
        .then(() => {
          if (live) setAnswered((count) => count + 1);
        });
    }
    return () => {
      live = false;
    };
  }, [pipeline, residentBlob, residentSha, photos]);

  const results = new Map<string, SamePlaceResult | 'failed'>();
  for (const photo of photos) {
    const answer = answers.get(keyOf(residentSha, photo.sha256));
    if (answer !== undefined) results.set(photo.sha256, answer);
  }
  return results;
}
