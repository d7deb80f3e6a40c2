import { useEffect, useState } from 'react';
import type { DeskDb } from '../../../db/database';
import type { CityClient } from '../../../city/client';
import { sha256Hex } from '../../../lib/sha256';

export type PhotoUrl = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'unavailable' };

export interface PhotoSource {
  db: DeskDb;
  client: Pick<CityClient, 'photo'>;
  width: number;
  height: number;
  origin: 'company' | 'resident';
}

// One fetch per photo at a time, whichever thumbnails and viewers ask for it.
const inFlight = new Map<string, Promise<Blob | null>>();

/**
 * The photo's bytes: from this device when kept (own photos, residents' photos fetched
 * before), otherwise from the city once, checked against its name (content-addressed: bytes
 * that do not hash to it are not the photo) and kept for the next time and for offline use.
 */
export function loadPhoto(sha256: string, source: PhotoSource): Promise<Blob | null> {
  let loading = inFlight.get(sha256);
  if (!loading) {
    loading = (async () => {
      const kept = await source.db.photos.get(sha256);
      if (kept?.blob) return kept.blob;
      try {
        const blob = await source.client.photo(sha256);
        if ((await sha256Hex(await blob.arrayBuffer())) !== sha256) return null;
        if (kept) await source.db.photos.update(sha256, { blob });
        else
          await source.db.photos.put({
            sha256,
            blob,
            mediaType: blob.type,
            width: source.width,
            height: source.height,
            bytes: blob.size,
            uploadState: 'remote',
            origin: source.origin,
            addedAt: new Date().toISOString(),
          });
        return blob;
      } catch {
        return null;
      }
    })().finally(() => inFlight.delete(sha256));
    inFlight.set(sha256, loading);
  }
  return loading;
}

/** An object URL for the photo while the component shows it. */
export function usePhotoUrl(sha256: string, source: PhotoSource): PhotoUrl {
  const [photo, setPhoto] = useState<PhotoUrl & { sha256: string }>({ state: 'loading', sha256 });
  const { db, client, width, height, origin } = source;
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    void loadPhoto(sha256, { db, client, width, height, origin }).then((blob) => {
      if (!live) return;
      if (!blob) {
        setPhoto({ state: 'unavailable', sha256 });
        return;
      }
      url = URL.createObjectURL(blob);
      setPhoto({ state: 'ready', url, sha256 });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256, db, client, width, height, origin]);
  // A new photo shows "loading" at once rather than the previous photo's bytes.
  return photo.sha256 === sha256 ? photo : { state: 'loading' };
}
