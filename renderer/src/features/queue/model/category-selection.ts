import type { CategoryChildren } from './filter';

/** The parent of a topic, if the tree has one. */
function parentOf(id: string, children: CategoryChildren): string | null {
  for (const [parent, topics] of children) if (topics.includes(id)) return parent;
  return null;
}

export type CategoryCheck = 'checked' | 'partial' | 'unchecked';

/** How a category's box looks: a top-level one is partial when some but not all of its topics are chosen. */
export function categoryCheck(
  selected: readonly string[],
  id: string,
  children: CategoryChildren,
): CategoryCheck {
  if (selected.includes(id)) return 'checked';
  const topics = children.get(id);
  if (topics) {
    const chosen = topics.filter((topic) => selected.includes(topic)).length;
    if (chosen === 0) return 'unchecked';
    return chosen === topics.length ? 'checked' : 'partial';
  }
  const parent = parentOf(id, children);
  return parent !== null && selected.includes(parent) ? 'checked' : 'unchecked';
}

/**
 * The selection after a click on a category's box. A top-level category stands for all its
 * topics, so the selection stays short: choosing every topic of a category becomes the
 * category, and un-choosing one topic of a chosen category leaves its other topics.
 */
export function toggleCategory(
  selected: readonly string[],
  id: string,
  children: CategoryChildren,
): string[] {
  const topics = children.get(id);
  if (topics) {
    const without = selected.filter((value) => value !== id && !topics.includes(value));
    return categoryCheck(selected, id, children) === 'checked' ? without : [...without, id];
  }
  const parent = parentOf(id, children);
  if (parent !== null && selected.includes(parent)) {
    const siblings = (children.get(parent) ?? []).filter((topic) => topic !== id);
    return [...selected.filter((value) => value !== parent), ...siblings];
  }
  if (selected.includes(id)) return selected.filter((value) => value !== id);
  const next = [...selected, id];
  if (parent !== null) {
    const siblings = children.get(parent) ?? [];
    if (siblings.every((topic) => next.includes(topic)))
      return [...next.filter((value) => !siblings.includes(value)), parent];
  }
  return next;
}
