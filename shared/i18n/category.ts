import type { Language } from '../ipc/settings';

interface NamedCategory {
  nameRu: string;
  nameEn: string;
}

/** A category's name in the person's language; the one way the app names a category. */
export function categoryName(category: NamedCategory | undefined, language: Language): string {
  if (category === undefined) return '';
  return language === 'en' ? category.nameEn : category.nameRu;
}

/** A category with its parent in front («Мой дом › Протечка кровли»). */
export function categoryPath(
  category: NamedCategory,
  parent: NamedCategory | undefined,
  language: Language,
): string {
  const own = categoryName(category, language);
  return parent === undefined ? own : `${categoryName(parent, language)} › ${own}`;
}
