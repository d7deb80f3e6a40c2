// The words of a moderator's comment (or of an answer) reduced to what they mean for comparing:
// lower case, ё as е, punctuation and digits gone, the little words every sentence has (stop
// words) dropped, and each word cut to its first STEM_LENGTH letters, so that «выполнены»,
// «выполнения» and «выполненные» are one word. Cutting is the crudest stemmer there is, and for
// Russian it is enough: the endings that change with case and number come after the fifth letter.

/** Letters a word is cut to. Five joins «фото»/«фотографии» and keeps «работ» from «рабочий». */
export const STEM_LENGTH = 5;

/** Prepositions, conjunctions, particles and pronouns, and the politeness of an official answer. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'а',
  'без',
  'бы',
  'в',
  'во',
  'вам',
  'вас',
  'все',
  'всё',
  'для',
  'до',
  'его',
  'ее',
  'её',
  'же',
  'за',
  'и',
  'из',
  'или',
  'им',
  'их',
  'к',
  'как',
  'какие',
  'какая',
  'какой',
  'ко',
  'ли',
  'на',
  'над',
  'не',
  'нет',
  'ни',
  'но',
  'о',
  'об',
  'от',
  'по',
  'под',
  'при',
  'с',
  'со',
  'так',
  'также',
  'то',
  'у',
  'уже',
  'что',
  'чтобы',
  'это',
  'этот',
  'эта',
  'этом',
  'вы',
  'мы',
  'он',
  'она',
  'они',
  'ваш',
  'ваше',
  'ваша',
  'наш',
  'был',
  'была',
  'было',
  'были',
  'быть',
  'есть',
  'пожалуйста',
  'уважаемый',
  'уважаемая',
  'уважаемые',
  'добрый',
  'день',
  'здравствуйте',
  'спасибо',
  'благодарим',
  // How a moderator asks, not what for: «нужно фото…» asks for what «приложите фото…» does.
  'после',
  'нужно',
  'требуется',
  'просим',
  'следует',
  'та',
  'те',
  'тот',
]);

/** The stems of a text's meaningful words, each once, in the order they first appear. */
export function wordStems(text: string): string[] {
  const stems = new Set<string>();
  for (const word of text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}]+/u)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    stems.add(word.slice(0, STEM_LENGTH));
  }
  return [...stems];
}

/** The share of words two texts have in common (Jaccard of their stem sets): 1 the same, 0 nothing. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inA = new Set(a);
  let common = 0;
  for (const stem of new Set(b)) if (inA.has(stem)) common += 1;
  return common / (inA.size + new Set(b).size - common);
}
