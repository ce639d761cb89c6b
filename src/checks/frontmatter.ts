/**
 * The data block at the top of an entry: read the way Astro reads it (js-yaml), with the positions, anchors
 * and literal text of every value from a second parser (`yaml`), so each problem names its real line and
 * nothing YAML does silently (aliases that multiply a file, dates rolled over to another day) gets through.
 * The second parser, 40% of the content check's time, reads a file only when the text or the data shows one
 * of those, or a problem needs its line: most files never need it.
 */
import yaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'astro/zod';
import { forbiddenCharacters } from './characters.ts';

// zod's Dutch messages for whatever the schemas do not word themselves (too short, too many, ...).
z.config(z.locales.nl());

/**
 * The data block of a file's source as Astro reads it, for a glance at one field (a title to name the file by,
 * how many change notes an older version held): undefined when there is none or it does not parse. The check
 * itself reads with readFrontmatter(), which reports why.
 */
export function frontmatterData(source: string): Record<string, unknown> | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  try {
    const data = block === undefined ? undefined : yaml.load(block);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Far beyond any real entry (the longest programme has a few kilobytes): a cap, not a style rule. */
export const maxFrontmatterLength = 50_000;
export const maxListLength = 200;

export type FieldPath = readonly (string | number)[];

export interface Frontmatter {
  data: unknown;
  /** The line in the file of a field, or of the nearest field above it that exists. */
  lineOf: (path: FieldPath) => number;
}

/** werkzameElementen[1].naam, the way an editor reads a field path. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');

/** The reverse of formatPath. */
export const parsePath = (field: string): FieldPath =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Reads the frontmatter `text`, which starts on line `firstLine` of the file. Returns the data only when
 * it may be checked against the schema: no syntax errors, aliases, oversized lists or impossible dates.
 */
export function readFrontmatter(
  text: string,
  firstLine: number,
  reportProblem: (line: number, message: string) => void,
): Frontmatter | undefined {
  let found = 0;
  const report = (line: number, message: string) => {
    found++;
    reportProblem(line, message);
  };
  const counter = new LineCounter();
  let parsed: Document.Parsed | undefined;
  const document = () => (parsed ??= parseDocument(text, { lineCounter: counter, uniqueKeys: false }));
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOfNode = (node: YamlNode | null | undefined) => (node?.range ? lineAt(node.range[0]) : firstLine);

  if (text.length > maxFrontmatterLength) {
    report(
      firstLine,
      `de gegevens bovenaan zijn ${text.length} tekens lang; meer dan ${maxFrontmatterLength} kan niet. Zet lange tekst onder de gegevens, in de tekst van het item.`,
    );
  }
  text.split('\n').forEach((line, i) => {
    // Astro's loader ends the data block at a line starting with +++ as well as ---; the editor meant text.
    if (line.startsWith('+++'))
      report(
        firstLine + i,
        'deze regel begint met +++, en dat leest de site als het einde van de gegevens bovenaan. Begin de regel anders, of zet de tekst tussen aanhalingstekens op één regel.',
      );
  });

  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const { mark, reason } = error as yaml.YAMLException;
    report(mark ? firstLine + mark.line : firstLine, yamlMessage(reason));
    return undefined;
  }

  if (mayHideSomething(text, data))
    visit(document(), {
      Alias(_, node) {
        report(
          lineOfNode(node),
          `*${node.source} herhaalt een ander deel van de gegevens (een YAML-alias); dat is niet toegestaan. Schrijf de waarde gewoon uit.`,
        );
      },
      Node(_, node) {
        if ('anchor' in node && node.anchor)
          report(
            lineOfNode(node),
            `&${node.anchor} (een YAML-anker) is niet toegestaan. Laat het weg en schrijf waarden gewoon uit.`,
          );
        if (isSeq(node) && node.items.length > maxListLength)
          report(
            lineOfNode(node),
            `deze lijst heeft ${node.items.length} onderdelen; meer dan ${maxListLength} kan niet. Splits het item, of verwijs naar een bron met de volledige lijst.`,
          );
        if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') {
          const problem = impossibleDate(node.source);
          if (problem) report(lineOfNode(node), problem);
        }
      },
    });
  if (found > 0) return undefined;

  const lineOf = (path: FieldPath) => {
    let node: unknown = document().contents;
    let line = firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = lineOfNode(pair.key as YamlNode);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        line = lineOfNode(node as YamlNode);
      } else break;
    }
    return line;
  };

  // Escapes in quoted text ("\x1b", "\u202e") put characters in the data that the file does not show.
  const checkStrings = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const problem = forbiddenCharacters(value, 'deze tekst maakt met een code met een backslash (\\x of \\u)', text);
      if (problem) report(lineOf(path), problem);
    } else if (Array.isArray(value)) value.forEach((item, i) => checkStrings(item, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) checkStrings(item, [...path, key]);
  };
  checkStrings(data, []);
  if (found > 0) return undefined;
  return { data, lineOf };
}

/** The data's longest list, nested lists included. */
function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

/**
 * Whether a data block may hold what only the second parser sees: an anchor (&) or alias (*), a list over the
 * limit, or an impossible date anywhere in its text (quoted or not: the parser tells which).
 */
const mayHideSomething = (text: string, data: unknown) =>
  /[&*]/.test(text) ||
  longestList(data) > maxListLength ||
  [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].some(([date]) => impossibleDate(date) !== undefined);

/**
 * js-yaml reads an unquoted 2024-02-30 as 1 March and 0099-01-01 as 1999: the page would show a day the
 * editor never wrote. A date must exist as written.
 */
export function impossibleDate(source: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=$|[Tt ])/.exec(source);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900) return `${source} ligt vóór 1900; dat is vast een tikfout. Schrijf het jaar met vier cijfers.`;
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `${match[0]} bestaat niet in de kalender. Controleer de dag en de maand (schrijf jaar-maand-dag, zoals 2024-10-14).`;
  return undefined;
}

/** The common js-yaml reasons in Dutch, with the original kept on a second line for whoever knows YAML. */
function yamlMessage(reason: string): string {
  const advice: [RegExp, string][] = [
    [
      /bad indentation|can not read a block mapping|incomplete explicit mapping/,
      "een regel springt niet goed in, of er staat een dubbele punt in een tekst. Zet zo'n tekst tussen aanhalingstekens, en laat velden op hetzelfde niveau even ver inspringen",
    ],
    [/duplicated mapping key/, 'een veld staat twee keer in de gegevens. Houd er één over'],
    [
      /missed comma between flow collection entries|unexpected end of the stream within a flow collection/,
      'een lijst tussen [ ] is niet goed gesloten, of er mist een komma tussen twee onderdelen',
    ],
    [
      /unexpected end of the stream within a (double|single) quoted scalar/,
      'een tekst tussen aanhalingstekens wordt niet gesloten. Zet aan het eind hetzelfde aanhalingsteken als aan het begin',
    ],
    [
      /end of the stream or a document separator is expected/,
      'na een waarde staat nog iets wat niet bij de gegevens hoort. Staat er een dubbele punt of # in een tekst? Zet die tekst dan tussen aanhalingstekens',
    ],
    [
      /unidentified alias|unknown tag/,
      'er staat een * of ! aan het begin van een waarde. Zet die waarde tussen aanhalingstekens',
    ],
    [/tab characters must not be used/, 'er staat een tab waar spaties moeten. Spring in met spaties'],
  ];
  const dutch = advice.find(([pattern]) => pattern.test(reason))?.[1];
  return `de gegevens bovenaan zijn geen geldige YAML: ${dutch ?? 'controleer de regel. Staat er een dubbele punt in een tekst? Zet die tekst dan tussen aanhalingstekens'}.\n(YAML: ${reason})`;
}
