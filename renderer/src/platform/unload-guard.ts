/**
 * While a local write is on its way to IndexedDB, leaving the page (a reload, closing the window)
 * would abort it: the page asks first. The browser shows its own "leave?" prompt; the desktop
 * shell's main process answers `will-prevent-unload` with a dialog of its own, in the person's
 * language. Outside a page (a worker, Node) the work simply runs.
 */
let pending = 0;

function askBeforeLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

/** Resolves as `work` does; until then, leaving the page asks first. */
export async function keepPageWhile<T>(work: Promise<T>): Promise<T> {
  const page = typeof window === 'undefined' ? null : window;
  if (page && pending++ === 0) page.addEventListener('beforeunload', askBeforeLeaving);
  try {
    return await work;
  } finally {
    if (page && --pending === 0) page.removeEventListener('beforeunload', askBeforeLeaving);
  }
}
