import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WantedPhoto } from '../../db/records';
import { photoInStore } from '../../db/requests';
import { useWorkspace } from '../../app/session/session-context';

export type PhotoUrl = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'unavailable' };

/** What is known of a photo before its bytes are here: its size and whose it is. */
export type PhotoHint = Omit<WantedPhoto, 'sha256'>;

/**
 * An object URL for the photo while the component shows it. The bytes come from this device
 * (own photos, residents' photos kept before); a photo not kept is asked of sync, which
 * fetches it once and keeps it, and the store tells when it has arrived or could not be had.
 */
export function usePhotoUrl(sha256: string, { width, height, origin }: PhotoHint): PhotoUrl {
  const { db, commands } = useWorkspace();
  // A failure from before this component asked again is not this component's answer.
  const [shownSince] = useState(() => new Date().toISOString());
  const stored = useLiveQuery(() => photoInStore(db, sha256), [db, sha256]);
  const known = stored?.sha256 === sha256 ? stored : undefined;
  const kept = known?.kept === true;
  const failed = known !== undefined && known.failedAt !== null && known.failedAt >= shownSince;
  const missing = known !== undefined && !known.kept;

  useEffect(() => {
    if (missing) void commands.wantPhoto({ sha256, width, height, origin });
  }, [commands, missing, sha256, width, height, origin]);

  const [shown, setShown] = useState<{ sha256: string; url: string } | null>(null);
  useEffect(() => {
    if (!kept) return;
    let url: string | null = null;
    let live = true;
    void db.photos.get(sha256).then((record) => {
      if (!live || !record?.blob) return;
      url = URL.createObjectURL(record.blob);
      setShown({ sha256, url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [db, sha256, kept]);

  // A new photo shows "loading" at once rather than the previous photo's bytes.
  if (kept && shown?.sha256 === sha256) return { state: 'ready', url: shown.url };
  if (!kept && failed) return { state: 'unavailable' };
  return { state: 'loading' };
}
