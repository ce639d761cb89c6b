/**
 * Dutch writes compounds as one word ("procesregie", "gezondheidszorg"), and Pagefind has no compound
 * splitting: it finds a query word only at the start of an indexed word (prefix matching), so "proces"
 * finds "procesregie" but "regie" does not. Before indexing, each page therefore gets the later parts of its
 * compounds as search metadata (search-marks.ts): Pagefind searches metadata words like the text's, ranks a
 * page found only through them lower than one that has the word in its text, and never shows them in an
 * excerpt, so readers (and screen readers) see nothing of them. Pure, so it is unit-tested.
 *
 * A compound is split against the archive's own vocabulary: a later part counts only when the archive uses
 * it as a word of its own ("regie" in "eigen regie"), which keeps accidental endings out ("wethouders" does
 * not give "houders" unless the archive says "houders").
 */
import { isFunctionWord } from '../search/terms.ts';

export { COMPOUND_PARTS } from '../search/terms.ts';

/** The shortest first part and later part of a compound ("wijk" + "team"). */
const MIN_PART = 4;

/** Whether a word can stand as part of a compound in the vocabulary: long enough, not a function word. */
export const isPartWord = (word: string) => word.length >= MIN_PART && !isFunctionWord(word);

/**
 * The later part of `word` if it is a compound whose later part is a word of `vocabulary` (lower case):
 * the longest such ending ("achtergrond" → "grond", not "rond"), after a first part of at least four
 * letters that is no function word ("overzicht" is not "over" + "zicht"). An ending of only four letters
 * also needs a first part the archive knows, bare or with the linking "s" ("gezondheidszorg" → "zorg";
 * "geregeld" does not give "geld").
 */
export function compoundTail(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!vocabulary.has(tail) || !isPartWord(tail) || isFunctionWord(head)) continue;
    if (tail.length > MIN_PART || vocabulary.has(head) || (head.endsWith('s') && vocabulary.has(head.slice(0, -1))))
      return tail;
  }
  return undefined;
}

/**
 * The compound parts a page gets as metadata: the later parts of its compounds that the page does not also
 * use as words of their own (those it is found by already), once each, sorted so the page's text changes
 * only when its words or the vocabulary do. Given the vocabulary, it gives the function of a page's words;
 * each word's later part is looked for once, not on every page that has the word (which cost the index step
 * about 0.3 ms a page on every build).
 */
export function compoundParts(vocabulary: ReadonlySet<string>): (pageWords: readonly string[]) => string[] {
  const tails = new Map<string, string | undefined>();
  const tailOf = (word: string) => {
    if (!tails.has(word)) tails.set(word, compoundTail(word, vocabulary));
    return tails.get(word);
  };
  return (pageWords) => {
    const own = new Set(pageWords);
    const parts = new Set<string>();
    for (const word of own) {
      const tail = tailOf(word);
      if (tail !== undefined && !own.has(tail)) parts.add(tail);
    }
    return [...parts].sort();
  };
}
