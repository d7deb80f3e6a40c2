/**
 * Text as the queue's search compares it: lowercase, with ё written as е (Russian writers use
 * them interchangeably, residents mostly type е) and runs of whitespace made one space.
 */
export function normaliseSearchText(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** The words of a search, each of which must be found; empty for a blank search. */
export function searchTerms(query: string): string[] {
  const normalised = normaliseSearchText(query);
  return normalised === '' ? [] : normalised.split(' ');
}
