import type { Language } from '@shared/ipc';
import { categoryName } from '@shared/i18n';
import type { CategoryRecord, StaffRecord } from '../../../db/records';
import type { CategoryChildren } from './filter';
import type { SortLookups } from './sort';

/** Names and the category tree, in the current language, built once per change of categories, staff or language. */
export interface QueueLookups {
  readonly language: Language;
  readonly categories: ReadonlyMap<string, CategoryRecord>;
  /** Top-level categories by name; each one's topics by name. */
  readonly tree: readonly { readonly category: CategoryRecord; readonly topics: readonly CategoryRecord[] }[];
  readonly children: CategoryChildren;
  readonly staff: ReadonlyMap<string, StaffRecord>;
  /** Active staff by name: who can be assigned. */
  readonly assignable: readonly StaffRecord[];
  readonly sort: SortLookups;
}

const collators: Record<Language, Intl.Collator> = {
  ru: new Intl.Collator('ru'),
  en: new Intl.Collator('en'),
};

// Each build is a new ranking: sorted orders cached under an older one are not reused.
let generation = 0;

export { categoryName };

export function buildLookups(
  categories: readonly CategoryRecord[],
  staff: readonly StaffRecord[],
  language: Language,
): QueueLookups {
  const collator = collators[language];
  const byName = (a: CategoryRecord, b: CategoryRecord) =>
    collator.compare(categoryName(a, language), categoryName(b, language));
  const sortedCategories = [...categories].sort(byName);
  const tree = sortedCategories
    .filter((category) => category.parentId === null)
    .map((category) => ({
      category,
      topics: sortedCategories.filter((topic) => topic.parentId === category.id),
    }));
  const children = new Map(tree.map(({ category, topics }) => [category.id, topics.map((t) => t.id)]));
  const sortedStaff = [...staff].sort((a, b) => collator.compare(a.name, b.name));
  return {
    language,
    categories: new Map(categories.map((category) => [category.id, category])),
    tree,
    children,
    staff: new Map(staff.map((person) => [person.id, person])),
    assignable: sortedStaff.filter((person) => person.active),
    sort: {
      categoryRank: new Map(sortedCategories.map((category, index) => [category.id, index])),
      staffRank: new Map(sortedStaff.map((person, index) => [person.id, index])),
      key: String((generation += 1)),
    },
  };
}

/** "Мой двор › Ямы во дворе": the topic with its parent, for the panel. */
export function categoryPath(lookups: QueueLookups, categoryId: string): string {
  const category = lookups.categories.get(categoryId);
  if (!category) return categoryId;
  const parent = category.parentId ? lookups.categories.get(category.parentId) : undefined;
  const name = categoryName(category, lookups.language);
  return parent ? `${categoryName(parent, lookups.language)} › ${name}` : name;
}

export function topicName(lookups: QueueLookups, categoryId: string): string {
  const category = lookups.categories.get(categoryId);
  return category ? categoryName(category, lookups.language) : categoryId;
}

export function staffName(lookups: QueueLookups, staffId: string | null): string | null {
  if (staffId === null) return null;
  return lookups.staff.get(staffId)?.name ?? staffId;
}

/**
 * "Карпов С. В." for "Карпов Станислав Вячеславович": how Russian offices write names in
 * dense lists. Anything that is not three words is kept as it is.
 */
export function shortPersonName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length !== 3) return fullName;
  const [family, given, patronymic] = parts;
  return `${family} ${given?.charAt(0)}. ${patronymic?.charAt(0)}.`;
}
