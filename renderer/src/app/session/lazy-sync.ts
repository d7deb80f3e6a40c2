import type { CitySync } from '../../sync/connect';

/**
 * A person's sync whose code (the city's client, axios, the engine) is loaded when it is first
 * started, so that it is not part of what a start loads before the first screen. Asked to
 * stop before it has loaded, it never starts; asked to sync now, it waits for its code.
 */
export function loadedLater(load: () => Promise<CitySync>): CitySync {
  let loading: Promise<CitySync> | null = null;
  let wanted = false;
  const loaded = () => (loading ??= load());
  return {
    start: () => {
      wanted = true;
      void loaded().then(
        (sync) => {
          if (wanted) sync.start();
        },
        (error: unknown) => console.error('The sync could not be loaded', error),
      );
    },
    stop: () => {
      wanted = false;
      void loading?.then((sync) => sync.stop()).catch(() => undefined);
    },
    syncNow: async () => (await loaded()).syncNow(),
  };
}
