/**
 * What the words of a query actually found. Pure, so it is unit-tested; the search island
 * (src/search/) uses it to tell a real hit from Pagefind's fallback to a shorter word.
 *
 * Why this is needed ("werkdruk" found 22 of the 32 pages of the real archive, though the word occurs
 * nowhere): Pagefind (1.6, `find_word_extensions` in pagefind_web/src/search.rs) looks up every indexed word
 * that *starts with* the stemmed query word (prefix matching: "schuld" finds "schulden"). When there is none,
 * it does not give up but takes the *longest indexed word that the query word starts with*: for
 * "werkdruk" that is "werk", the stem of "werken" and "werkt", which most pages use. Neither Dutch stemming
 * (the stem of "werkdruk" is "werkdruk"), compound splitting (Pagefind has none) nor the island's
 * abbreviation retry played a part. The fallback cannot be switched off, so the island checks the words
 * Pagefind matched: a query word that none of them begins with is confirmed with an exact ("quoted")
 * search, which looks up only the word's own stem ("woningen" → "woning") and finds nothing for "werkdruk".
 */
import { distance } from 'fastest-levenshtein';

/**
 * The Pagefind metadata field that carries a page's compound parts (src/postbuild/compound-parts.ts); the
 * search reads it to split a query's compounds (splitCompounds).
 */
export const COMPOUND_PARTS = 'woorddelen';

/** A word as Pagefind compares it: lower case, without diacritics ("Financiële" → "financiele"). */
export const foldWord = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The words of a query, folded, in order, without repeats. */
export const queryWords = (query: string) => [
  ...new Set(
    query
      .split(/\s+/)
      .map(foldWord)
      .filter((word) => word.length > 0),
  ),
];

/**
 * Dutch function words: a question ("hoe voorkom je dat inwoners steeds opnieuw hun verhaal moeten doen")
 * is searched by its other words, since Pagefind wants every word of a query on a page and these say
 * nothing about what the page is about.
 */
const functionWords = new Set(
  (
    'de het een en of maar want dus dat die dit deze wat wie waar wanneer hoe waarom welke welk ' +
    'ik je jij jou jouw jullie u uw we wij ons onze ze zij hun hen haar hij hem zijn is was waren ben bent ' +
    'wordt worden werd kan kun kunt kunnen moet moeten mag mogen wil wilt willen zal zou zouden ' +
    'heb hebt heeft hebben had doe doet doen om te in op aan van voor met bij naar uit over door tot als ' +
    'dan niet geen ook nog al er zo steeds weer toch wel hoeveel iets iemand men ' +
    // The rest of Snowball's Dutch stop-word list: "zelf" in "hoe kan een inwoner zelf de regie houden".
    'mijn me mij zich der daar nu ge omdat veel meer toen zonder alles onder ja eens hier altijd doch wezen ' +
    'zelf tegen na reeds kon niets geweest andere'
  ).split(' '),
);

/** Whether a query is an exact ("quoted") search: Pagefind then looks up only the words' own stems. */
export const isExact = (query: string) => /^\s*".+"\s*$/.test(query);

export const isFunctionWord = (word: string) => functionWords.has(foldWord(word));

/**
 * The query without its function words, as typed otherwise; the query itself when nothing else is left
 * ("wie zijn wij" stays) or when it is an exact ("quoted") search.
 */
export function withoutFunctionWords(query: string): string {
  if (isExact(query)) return query.trim();
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !isFunctionWord(word));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Separable verbs: a question puts the particle at its end ("hoe werken het sociaal domein en de
 * gezondheidszorg samen"), where it is a word of its own that pages rarely hold; the pages write the verb
 * whole ("samenwerken", "samenwerking"). Particles that are also prepositions ("over", "naar") are left out:
 * at the end of a question they are more often a stranded preposition ("waar vind ik informatie over").
 */
const questionWords = new Set('hoe wat waar wanneer waarom welke welk wie'.split(' '));
const particles = new Set('samen mee terug af toe weg aan uit op in'.split(' '));

/**
 * A question with its verb and the particle at its end joined, as the pages write them ("hoe werken X en Y
 * samen" → "hoe samenwerken X en Y"); the query itself when it is no such question. The finite verb is the
 * word after the question word (Dutch questions put it second).
 */
export function joinParticle(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const [first, verb] = words.map(foldWord);
  const particle = foldWord(words.at(-1) ?? '');
  if (
    isExact(query) ||
    words.length < 4 ||
    !questionWords.has(first!) ||
    !particles.has(particle) ||
    isFunctionWord(verb!)
  )
    return query.trim();
  return [words[0], `${particle}${verb}`, ...words.slice(2, -1)].join(' ');
}

/** The words Pagefind is asked for: a question's verb joined with its particle, without the function words. */
export const searchTerms = (query: string) => withoutFunctionWords(joinParticle(query));

const longVowel = /(aa|ee|oo|uu)([^aeiouy])$/;

/**
 * Other forms of a word that is not in the archive, as a visitor types a verb's stem or a singular and the
 * pages write the infinitive or plural ("voorkom" → "voorkomen", "maak" → "maken", "stop" → "stoppen");
 * the stemmer does not join them. Dutch spelling: a long vowel before one consonant is written once in an
 * open syllable ("maak" → "maken"), where f and s become v and z ("leef" → "leven"); a short one doubles the
 * consonant ("stop" → "stoppen"), which "komen" does not, so both are tried. Words under four letters have none.
 */
export function inflections(word: string): string[] {
  const folded = foldWord(word);
  if (folded.length < 4 || !/^\p{L}+$/u.test(folded) || /[aeiouy]$/.test(folded)) return [];
  const long = longVowel.exec(folded);
  if (long) {
    const consonant = ({ f: 'v', s: 'z' } as Record<string, string>)[long[2]!] ?? long[2];
    return [`${folded.slice(0, -3)}${long[1]![0]}${consonant}en`];
  }
  const short = /[^aeiouy][aeiouy]([^aeiouy])$/.exec(folded);
  return short ? [`${folded}en`, `${folded}${short[1]}en`] : [`${folded}en`];
}

/**
 * Dutch compounds that the pages write apart: each query word that ends in one of `parts` (the compound parts
 * the build gave the pages holding it, src/postbuild/compound-parts.ts) after a first part of at least four
 * letters is searched as its two parts ("gezondheidszorg" → "gezondheids zorg": the stemmer takes the
 * linking "s" off), the longest ending first. The query itself when no word splits.
 */
export function splitCompounds(query: string, parts: readonly string[]): string {
  const endings = [...new Set(parts.map(foldWord))].sort((a, b) => b.length - a.length);
  return query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const folded = foldWord(word);
      const part = endings.find((ending) => folded.endsWith(ending) && folded.length - ending.length >= 4);
      return part ? `${folded.slice(0, -part.length)} ${part}` : word;
    })
    .join(' ');
}

/**
 * The pages that hold most of the words, when none holds them all: each word's own results (in
 * Pagefind's order) merged, pages with more of the words first, then by their best place in a word's
 * results. `results[i]` are the results for word i.
 */
export function closestResults<T extends { id: string }>(results: readonly (readonly T[])[]): T[] {
  const pages = new Map<string, { page: T; words: number; best: number }>();
  for (const list of results) {
    list.forEach((page, place) => {
      const seen = pages.get(page.id);
      if (seen) {
        seen.words += 1;
        seen.best = Math.min(seen.best, place);
      } else pages.set(page.id, { page, words: 1, best: place });
    });
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || a.best - b.best).map(({ page }) => page);
}

/**
 * The words at Pagefind's word positions in a page's content (a result's `content` and `locations`;
 * Pagefind counts words between whitespace), folded.
 */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return locations.map((location) => foldWord(words[location] ?? '')).filter((word) => word.length > 0);
}

/**
 * The query words that none of the matched words begins with. Those may be real hits through stemming
 * ("woningen" matched "woning") or Pagefind's fallback to a shorter word ("werkdruk" matched "werken"); an
 * exact search decides. Words that a matched word begins with are real hits: the word itself, or a
 * prefix of a longer word ("schuldhulp" → "schuldhulpverlening").
 */
export function wordsToConfirm(query: string, matched: readonly string[]): string[] {
  return queryWords(query).filter((word) => !matched.some((hit) => hit.startsWith(word)));
}

/** Endings that inflect a Dutch word ("wijkteam" → "wijkteams"), unlike those that make another ("overzichtelijk"). */
const inflection = /^(s|e|en|n|t|te|ten|de|den)$/;

/**
 * Whether every matched word is only a longer word that begins like one of the query's ("overzichtelijk" for
 * "overzicht"): another word, not the query's itself, nor an inflection of it ("leernetwerken" for
 * "leernetwerk"), nor a shorter form the stemmer joined ("gezond" for "gezondheid").
 */
export const onlyLongerWords = (matched: readonly string[], words: readonly string[]) =>
  matched.length > 0 &&
  matched.every((hit) =>
    words.some((word) => hit.length > word.length && hit.startsWith(word) && !inflection.test(hit.slice(word.length))),
  ) &&
  !matched.some((hit) => words.includes(hit));

/**
 * Words to suggest instead of one that is not in the archive: the distinct words the fallback matched that
 * begin like it (at least three letters), closest spelling first (longest shared beginning), then the most
 * frequent.
 */
export function closeWords(missing: string, matched: readonly string[], limit = 3): string[] {
  const target = foldWord(missing);
  const counts = new Map<string, number>();
  for (const word of matched)
    if (word !== target && word.length > 2 && !isFunctionWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const shared = (word: string) => {
    let i = 0;
    while (i < word.length && word[i] === target[i]) i++;
    return i;
  };
  return [...counts.entries()]
    .filter(([word]) => shared(word) >= 3)
    .sort(([a, ca], [b, cb]) => shared(b) - shared(a) || cb - ca || a.localeCompare(b, 'nl'))
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * The query with each missing word replaced by a suggestion that differs by a typing slip (one letter, two
 * in words of eight letters or more; words under five letters are left alone), or undefined when a missing
 * word has none. "stresbakje" → "stressbakje"; "werkdruk" stays missing ("werken" is another word).
 */
export function spellingCorrection(query: string, missing: readonly string[], suggestions: readonly string[]) {
  const replacements = new Map<string, string>();
  for (const word of missing) {
    if (word.length < 5) return undefined;
    const allowed = word.length >= 8 ? 2 : 1;
    const best = suggestions
      .map((suggestion) => ({ suggestion, cost: distance(word, suggestion) }))
      .filter(({ cost }) => cost <= allowed)
      .sort((a, b) => a.cost - b.cost)[0];
    if (!best) return undefined;
    replacements.set(word, best.suggestion);
  }
  if (replacements.size === 0) return undefined;
  return query
    .trim()
    .split(/\s+/)
    .map((word) => replacements.get(foldWord(word)) ?? word)
    .join(' ');
}
