import type { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { sha256Hex } from '../lib/sha256';

const openStatuses = ['new', 'in_progress', 'returned', 'reopened'];

/**
 * A supervisor takes the day's issues out to the yard: the residents' photos of every open
 * issue assigned to them are fetched ahead and kept, so they are there with no network.
 * Returns how many photos it fetched; a failure of one photo does not stop the others.
 */
export async function prefetchResidentPhotos(
  db: DeskDb,
  client: CityClient,
  userId: string,
): Promise<number> {
  const mine = await db.issues
    .where('assigneeKey')
    .equals(userId)
    .filter((i) => openStatuses.includes(i.status))
    .toArray();
  const wanted = [...new Map(mine.flatMap((i) => i.residentPhotos).map((p) => [p.sha256, p])).values()];
  const held = await db.photos.bulkGet(wanted.map((p) => p.sha256));
  let fetched = 0;
  for (const [index, photo] of wanted.entries()) {
    if (held[index]?.blob) continue;
    try {
      const blob = await client.photo(photo.sha256);
      // Content-addressed: bytes that do not hash to their name are not the photo.
      if ((await sha256Hex(blob)) !== photo.sha256) continue;
      await db.photos.put({
        sha256: photo.sha256,
        blob,
        mediaType: blob.type,
        width: photo.width,
        height: photo.height,
        bytes: blob.size,
        uploadState: 'remote',
        origin: 'resident',
        addedAt: new Date().toISOString(),
      });
      fetched += 1;
    } catch {
      // Tried again on the next sync.
    }
  }
  return fetched;
}
