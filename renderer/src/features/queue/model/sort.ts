/**
 * What sorting needs beyond the rows: the order of names that depend on the language and on
 * the lookups (a topic sorts by its name in the current language, an assignee by name).
 */
export interface SortLookups {
  /** Rank of each category id by its name in the current language. */
  readonly categoryRank: ReadonlyMap<string, number>;
  /** Rank of each staff id by name; no assignee sorts after everyone. */
  readonly staffRank: ReadonlyMap<string, number>;
  /** Changes whenever the ranks do (language, categories, staff): part of the cache key. */
  readonly key: string;
}
