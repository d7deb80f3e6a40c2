import type { CityClient } from '../city/client';
import type { DeskDb } from '../db/database';
import type { WantedPhoto } from '../db/records';
import { photoRequestKey } from '../db/requests';
import { sha256Hex } from '../lib/sha256';

/**
 * Fetches a photo from the city and keeps it on this device (with no network it is still
 * there), answering any screen's request for it in the same transaction. Content-addressed:
 * bytes that do not hash to the photo's name are not the photo, and are not kept.
 * Returns false for such bytes; a failed call throws its CityError.
 */
export async function fetchAndKeepPhoto(
  db: DeskDb,
  client: Pick<CityClient, 'photo'>,
  photo: WantedPhoto,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  const blob = await client.photo(photo.sha256);
  if ((await sha256Hex(blob)) !== photo.sha256) return false;
  await db.transaction('rw', db.photos, db.requests, async () => {
    const kept = await db.photos.get(photo.sha256);
    if (kept) await db.photos.update(photo.sha256, { blob });
    else
      await db.photos.put({
        sha256: photo.sha256,
        blob,
        mediaType: blob.type,
        width: photo.width,
        height: photo.height,
        bytes: blob.size,
        uploadState: 'remote',
        origin: photo.origin,
        addedAt: now().toISOString(),
      });
    await db.requests.delete(photoRequestKey(photo.sha256));
  });
  return true;
}
