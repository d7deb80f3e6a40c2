import { useMemo } from 'react';
import { useBackgroundQuery } from '../../../db/use-background-query';
import type { CategoryRecord, StaffRecord } from '../../../db/records';
import { useLanguage } from '../../../app/desk-context';
import { useWorkspace } from '../../../app/session/session-context';
import { buildLookups, type QueueLookups } from '../model/lookups';

const none: readonly never[] = [];

/** Categories and staff from the replica (small tables, read live), as names in the current language. */
export function useQueueLookups(): QueueLookups {
  const { db } = useWorkspace();
  const { language } = useLanguage();
  const categories: readonly CategoryRecord[] =
    useBackgroundQuery(() => db.categories.toArray(), [db]) ?? none;
  const staff: readonly StaffRecord[] = useBackgroundQuery(() => db.staff.toArray(), [db]) ?? none;
  return useMemo(() => buildLookups(categories, staff, language), [categories, staff, language]);
}
