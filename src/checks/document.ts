/**
 * One Markdown or MDX file, parsed the way Astro's compiler (Sätteri) parses it: its characters, its body
 * and the images it shows. Used for entries and for the editors' guide, which is published too.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { decodeOrKeep } from '../lib/uri.ts';
import { checkBody, type Node } from './body-rules.ts';
import { findForbiddenCharacters } from './characters.ts';
import { findPlaceholders } from './placeholders.ts';
import { imageProblem } from './image-files.ts';
import { walk } from './tree.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Far beyond any real entry (the longest file has 7,000 characters, the longest line 900): caps, not style
 * rules. The Markdown parser's time grows faster than a line (one line of 200,000 emphasis pairs took the
 * check 40 s), and a body nested deeper than a reader can follow only burdens the parser and the build.
 */
export const maxBodyLength = 200_000;
export const maxLineLength = 5_000;
export const maxNesting = 100;

export interface CheckedDocument {
  problems: ContentProblem[];
  /** The parsed tree, when the file could be parsed. */
  tree?: Node;
}

/**
 * Checks the file at `path` (shown to the editor as `shown`). Images must lie inside one of `imageRoots`,
 * by default the document's own folder.
 */
export function checkDocument(
  path: string,
  shown: string,
  options?: Parameters<typeof checkBody>[1],
  imageRoots: readonly string[] = [dirname(path)],
): CheckedDocument {
  const source = readFileSync(path, 'utf8');
  // Too large to parse in reasonable time: said before anything else reads it.
  const tooLarge = sizeProblems(source).map((finding) => ({ file: shown, ...finding }));
  if (tooLarge.length > 0) return { problems: tooLarge };
  const problems: ContentProblem[] = [...findForbiddenCharacters(source), ...findPlaceholders(source)].map(
    (finding) => ({ file: shown, ...finding }),
  );
  let tree: Node;
  try {
    const parse = path.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
    tree = parse(source, { features: { gfm: true } }) as unknown as Node;
  } catch (error) {
    const reason = (error as Error).message;
    const [, line, rest] = /^(\d+):\d+:\s*(.*)$/s.exec(reason) ?? [];
    problems.push({ file: shown, line: line ? Number(line) : undefined, message: mdxMessage(rest ?? reason) });
    return { problems };
  }
  const deep = tooDeep(tree);
  if (deep) {
    problems.push({ file: shown, line: deep.position?.start.line ?? 1, message: nestingMessage });
    return { problems };
  }
  problems.push(...checkBody(tree, options).map(({ line, message }) => ({ file: shown, line, message })));
  for (const image of localImages(tree)) {
    const problem = imageProblem(path, image.url, imageRoots);
    if (problem) problems.push({ file: shown, line: image.line, message: `de afbeelding ${image.url} ${problem}` });
  }
  return { problems, tree };
}

/** The file as a whole too long, or its first line that is. */
function sizeProblems(source: string): { line?: number; message: string }[] {
  if (source.length > maxBodyLength)
    return [
      {
        message: `het bestand is ${source.length} tekens lang; meer dan ${maxBodyLength} kan niet. Verdeel de tekst over meer items, of kort hem in.`,
      },
    ];
  let start = 0;
  for (let line = 1; start <= source.length; line++) {
    const end = source.indexOf('\n', start);
    const length = (end < 0 ? source.length : end) - start;
    if (length > maxLineLength)
      return [
        {
          line,
          message: `deze regel is ${length} tekens lang; meer dan ${maxLineLength} kan niet. Zet een regeleinde tussen zinnen (een enkel regeleinde houdt de alinea heel), of begin een nieuwe alinea met een lege regel.`,
        },
      ];
    if (end < 0) break;
    start = end + 1;
  }
  return [];
}

const nestingMessage = `de tekst is hier meer dan ${maxNesting} lagen diep genest (citaten in citaten, lijsten in lijsten). Maak de opbouw eenvoudiger.`;

/** The first node nested deeper than maxNesting, if any. */
function tooDeep(tree: Node): Node | undefined {
  let found: Node | undefined;
  walk(tree, (node, depth) => {
    if (!found && depth > maxNesting) found = node;
    return found ? 'skip' : undefined;
  });
  return found;
}

/** The MDX parser's common reasons in Dutch, with the original on a second line. */
function mdxMessage(reason: string): string {
  const advice: [RegExp, string][] = [
    [
      /Expected a closing tag for `<([^>]+)>`/,
      'de tag <$1> wordt niet gesloten. Zet er </$1> achter, op de goede plek',
    ],
    [
      /Unexpected closing tag `<\/([^>]+)>`/,
      'er staat een </$1> zonder bijbehorende <$1>, of de tags staan in de verkeerde volgorde',
    ],
    [
      /Unexpected end of file in expression|expected a corresponding closing brace/,
      'er staat een { zonder }. Accolades zijn niet toegestaan in de tekst; schrijf de tekst zonder { en }',
    ],
    [
      /Unexpected character .* (before name|in name|after name)/,
      'na een < staat iets wat geen tag is. Schrijf "kleiner dan" in woorden, of zet een spatie na de <',
    ],
    [
      /Unexpected end of file/,
      'het bestand houdt op midden in een tag of code. Controleer of elke <tag> ook gesloten wordt',
    ],
  ];
  const found = advice.find(([pattern]) => pattern.test(reason));
  const dutch = found
    ? reason.match(found[0])![0].replace(found[0], found[1])
    : 'controleer of elke <tag> ook gesloten wordt';
  return `de tekst kan niet gelezen worden: ${dutch}.\n(MDX: ${reason})`;
}

/** Images in the body that point at a file beside the entry (not a web address or site path). */
function localImages(tree: Node): { url: string; line: number }[] {
  const images: { url: string; line: number }[] = [];
  walk(tree, (node) => {
    if (node.type === 'image' && node.url && !/^(https?:|\/)/.test(node.url)) {
      images.push({ url: decodeOrKeep(node.url), line: node.position?.start.line ?? 1 });
    }
  });
  return images;
}
