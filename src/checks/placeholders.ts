/**
 * Example text from the templates of `npm run new` that an editor forgot to replace: it passes every other
 * check and would be published as if it were content. Comment lines in the data block (# …) are the
 * templates' own explanations and may stay.
 */

const placeholders = [/\bVervang (dit|deze)\b/, /\btitel: ['"]?Titel van de bron\b/, /Module 1: titel\b/];

export function findPlaceholders(source: string): { line: number; message: string }[] {
  const lines = source.split('\n');
  const dataEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  return lines.flatMap((text, i) => {
    const explanation = i < dataEnd && /^\s*#/.test(text);
    if (explanation || !placeholders.some((pattern) => pattern.test(text))) return [];
    return [
      {
        line: i + 1,
        message: `hier staat nog voorbeeldtekst uit het sjabloon ("${text.trim().slice(0, 60)}"). Schrijf je eigen tekst, of haal de regel weg.`,
      },
    ];
  });
}
