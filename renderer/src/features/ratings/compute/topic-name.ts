import { categoryPath } from '@shared/i18n';
import type { RowIndex } from './row-index';

/** A name in both languages; null when there is none (no assignee, an unknown topic, no address). */
export type RowName = { ru: string; en: string } | null;

/** "Мой дом › Протечка кровли": a topic with its parent, as the portal shows it. */
export function topicName(categoryId: string, index: RowIndex): RowName {
  const category = index.categories.get(categoryId);
  if (category === undefined) return null;
  const parent = category.parentId === null ? undefined : index.categories.get(category.parentId);
  return { ru: categoryPath(category, parent, 'ru'), en: categoryPath(category, parent, 'en') };
}
