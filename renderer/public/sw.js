// The web platform's offline shell: a supervisor who reloads the page with no network still
// gets the app (and their local replica in IndexedDB). Only this origin's files are cached;
// calls to the city are never touched. The desktop app loads from disk and has no need of it.

const SHELL_CACHE = 'gorod-desk-shell';

async function shellFiles() {
  // The build's manifest names every file of this version, including lazily loaded chunks
  // and the photo worker, so they are all there before the network goes away.
  const manifest = await (await fetch('./asset-manifest.json', { cache: 'no-store' })).json();
  const files = new Set(['./', './index.html', './asset-manifest.json']);
  for (const entry of Object.values(manifest)) {
    files.add(`./${entry.file}`);
    for (const css of entry.css ?? []) files.add(`./${css}`);
    for (const asset of entry.assets ?? []) files.add(`./${asset}`);
  }
  return [...files];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(await shellFiles());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The newest page when online; the kept one when not.
    event.respondWith(
      fetch(request).catch(
        async () => (await caches.match('./index.html', { ignoreVary: true })) ?? Response.error(),
      ),
    );
    return;
  }
  // Built files have content hashes in their names: a kept copy is always the right one.
  event.respondWith(
    (async () => {
      // ignoreVary: the dev/preview server answers with Vary: Origin, and module scripts ask with an Origin.
      const kept = await caches.match(request, { ignoreVary: true });
      if (kept) return kept;
      const response = await fetch(request);
      if (response.ok) (await caches.open(SHELL_CACHE)).put(request, response.clone());
      return response;
    })(),
  );
});
