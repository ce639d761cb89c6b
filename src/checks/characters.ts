/**
 * Characters no editor means to type. Control characters make the RSS feed invalid XML for every
 * subscriber; bidirectional overrides and invisible characters make text read differently from what it
 * is (and a zero-width space defeats the duplicate-title check). Tabs and line ends are fine.
 */

const forbidden =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const describe = (char: string) => {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `een stuurteken (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f)
    return `een teken dat de leesrichting omdraait (${hex})`;
  return `een onzichtbaar teken (${hex})`;
};

/**
 * What is wrong with the forbidden characters in `text`, if it holds any; characters that stand as such in
 * `alreadyShown` are left out (the line-by-line scan of the file reports them where they stand).
 */
export function forbiddenCharacters(text: string, lead = 'hier staat', alreadyShown = ''): string | undefined {
  const found = [...new Set(text.match(forbidden) ?? [])].filter((char) => !alreadyShown.includes(char));
  if (found.length === 0) return undefined;
  return `${lead} ${found.map(describe).join(' en ')}. Zulke tekens zie je niet, maar ze breken de site of misleiden lezers. Typ de tekst opnieuw, of plak hem eerst als platte tekst.`;
}

/** One finding per line that holds a forbidden character. A byte-order mark at the very start is allowed. */
export function findForbiddenCharacters(source: string): { line: number; message: string }[] {
  return source
    .replace(/^\ufeff/, '')
    .split('\n')
    .flatMap((text, i) => {
      const message = forbiddenCharacters(text);
      return message ? [{ line: i + 1, message }] : [];
    });
}
