import type { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import { fetchAndKeepPhoto } from './keep-photo';

const openStatuses = ['new', 'in_progress', 'returned', 'reopened'];

/**
 * A supervisor takes the day's issues out to the yard: the residents' photos of every open
 * issue assigned to them are fetched ahead and kept, so they are there with no network.
 * Returns how many photos it fetched; a failure of one photo does not stop the others.
 */
export async function prefetchResidentPhotos(
  db: DeskDb,
  client: Pick<CityClient, 'photo'>,
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
      if (await fetchAndKeepPhoto(db, client, { ...photo, origin: 'resident' })) fetched += 1;
    } catch {
      // Tried again on the next sync.
    }
  }
  return fetched;
}
