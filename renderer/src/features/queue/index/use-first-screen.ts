import { useEffect, useMemo, useState } from 'react';
import type { DeskDb } from '../../../db/database';
import type { DeadlineWindow } from '../model/deadline-window';
import type { CategoryChildren } from '../model/filter';
import type { QueueQuery } from '../model/query';
import { queryKey } from '../model/url';
import { readFirstScreen, type FirstScreen } from './first-screen';
import { queueIndexOf } from './queue-index-registry';
import { firstScreenShown, whenStartWorkMayRun } from '../../../lib/start-gate';

interface Reading {
  readonly key: string;
  readonly window: DeadlineWindow;
  readonly tree: CategoryChildren | null;
  readonly screen: Promise<FirstScreen | null>;
}

// The last read of each database: asked for again by the same question (React renders twice
// in strict mode), it is the same read.
const readings = new WeakMap<DeskDb, Reading>();

function readingFor(
  db: DeskDb,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
  tree: CategoryChildren | null,
): Reading {
  const key = queryKey(query);
  const last = readings.get(db);
  if (last && last.key === key && last.window === window && last.tree === tree) return last;
  const screen = readFirstScreen(db, query, window, children).catch((error: unknown) => {
    console.warn('The first screen of the queue could not be read', error);
    return null;
  });
  // The whole replica is read once the first screen is on screen: they would only slow each other.
  queueIndexOf(db).waitBeforeFirstRead(Promise.all([screen, whenStartWorkMayRun()]));
  const reading = { key, window, tree, screen };
  readings.set(db, reading);
  return reading;
}

/**
 * The query's first screen read straight from the replica, while `wanted` (the full index is
 * still loading); null while it is read, when no index serves the query, and once not wanted.
 * The read starts as the page renders, not after: IndexedDB works while React commits.
 */
export function useFirstScreen(
  db: DeskDb,
  query: QueueQuery,
  window: DeadlineWindow,
  children: CategoryChildren,
  wanted: boolean,
): FirstScreen | null {
  // The category tree matters only to a category filter (it arrives a moment after the screen).
  const tree = query.categories.length > 0 ? children : null;
  const key = queryKey(query);
  const reading = useMemo(
    () => (wanted ? readingFor(db, query, window, children, tree) : null),
    // The query is named by its key; without a category filter the tree does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, key, window, tree, wanted],
  );
  const [read, setRead] = useState<{ reading: Reading; screen: FirstScreen | null } | null>(null);
  useEffect(() => {
    if (!reading) return;
    let live = true;
    void reading.screen.then((screen) => {
      if (live) setRead({ reading, screen });
    });
    return () => {
      live = false;
    };
  }, [reading]);
  const settled = reading === null || read?.reading === reading;
  // The first screen (or the word that there is none to read) is in this commit: what waited for it may start.
  useEffect(() => {
    if (settled) firstScreenShown();
  }, [settled]);
  return reading !== null && read?.reading === reading ? read.screen : null;
}
