/**
 * The site's one voice, as checks a test can run over any Dutch text: the reader is "je" (never the formal
 * "u"/"uw"), there is one apostrophe (the straight one, as editors type it in "programma's"), and a comma or
 * semicolon is followed by a space (Astro's HTML compression once ate the line break
 * after "zelf)," on /onderbouwing/). Each returns the offending passages with a little context.
 */

const context = (text: string, index: number, length: number) =>
  text
    .slice(Math.max(0, index - 25), index + length + 25)
    .replace(/\s+/g, ' ')
    .trim();

const passages = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => context(text, match.index, match[0].length));

/** The formal address: "u", "uw", "uzelf" as words (not a letter inside a word or a code like U+0027). */
export const formalAddress = (text: string) =>
  passages(text, /(?<![\p{L}\p{N}'’+-])(?:u|uw|uzelf)(?![\p{L}\p{N}'’+-])/giu);

/** A typographic apostrophe or single quote where the site writes the straight one. */
export const curlyApostrophes = (text: string) => passages(text, /[‘’]/gu);

/** A comma or semicolon glued to the next word ("zelf),onafhankelijke"; "(wijk)team" is a word). */
export const missingSpaces = (text: string) => passages(text, /(?<=[\p{L})])[,;](?=\p{L})/gu);
