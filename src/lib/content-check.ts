/**
 * The editors' check: every content file read, parsed the way the build parses it, and checked in one
 * pass, so an editor sees all problems at once, each with file, line, field and fix, in Dutch. The build
 * runs it first (src/integrations/content-guard.ts) and `npm run check` runs it on its own.
 */
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { editorSchemas } from '../schemas/index.ts';
import { checkBody, type Node } from './body-rules.ts';
import { fieldExamples } from './field-examples.ts';
import { decodeOrKeep } from './uri.ts';
import { collectionInfo, entryCollections, entryPath, type AnyCollection } from '../schemas/collections.ts';
import { findDuplicateIds, entryIdFromPath } from './content-files.ts';
import { brokenReferenceMessage, findBrokenReferences, type CheckedEntry } from './references.ts';

export interface ContentProblem {
  /** Path as the editor sees it, e.g. content/verslagen/congres.mdx. */
  file: string;
  line?: number | undefined;
  message: string;
}

/**
 * The one folder under content/ for images that several entries share. Every other image sits in its
 * entry's collection folder: nothing from outside content/ may be published through an image path.
 */
export const sharedImagesFolder = 'afbeeldingen';

interface ParsedFile extends CheckedEntry {
  collection: AnyCollection;
  filePath: string;
  frontmatter: string;
  /** Links in the body (Markdown links, link definitions, component web addresses), with their line. */
  links: { url: string; line: number }[];
}

/** Checks every file under `contentRoot`; `displayRoot` is how paths are shown (relative to the project). */
export function checkContent(contentRoot: string, displayRoot = contentRoot): ContentProblem[] {
  return readContent(contentRoot, displayRoot).problems;
}

/** Reads and checks every file; also returns the entries that passed, for reports over the content. */
export function readContent(contentRoot: string, displayRoot = contentRoot) {
  const problems: ContentProblem[] = findLinks(contentRoot, displayRoot);
  const parsed: ParsedFile[] = [];

  for (const collection of Object.keys(editorSchemas) as AnyCollection[]) {
    const folder = collectionInfo[collection].folder;
    const files = globSync('**/*.{md,mdx}', { cwd: join(contentRoot, folder) }).sort();
    const shown = (file: string) => join(displayRoot, folder, file);

    for (const duplicate of findDuplicateIds(files)) {
      const [first, ...others] = duplicate.files.map(shown);
      problems.push({
        file: first!,
        message: `dit bestand en ${others.join(' en ')} krijgen allebei het adres "${duplicate.id}". Geef een van de twee een andere bestandsnaam, of verwijder het dubbele bestand.`,
      });
    }

    const imageRoots = [join(contentRoot, folder), join(contentRoot, sharedImagesFolder)];
    for (const file of files) {
      const path = join(contentRoot, folder, file);
      const result = checkFile(path, shown(file), collection, entryIdFromPath(file), imageRoots);
      problems.push(...result.problems);
      if (result.entry) parsed.push(result.entry);
    }
  }

  const byCollection = Object.groupBy(parsed, (entry) => entry.collection);
  for (const broken of findBrokenReferences(byCollection)) {
    const entry = parsed.find((e) => e.filePath === broken.filePath)!;
    problems.push({
      file: broken.filePath,
      line: lineOf(entry.frontmatter, broken.field),
      message: brokenReferenceMessage(broken),
    });
  }
  problems.push(...findDuplicateTitles(parsed));
  problems.push(...findBrokenEntryLinks(parsed));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, entries: parsed };
}

/**
 * Symbolic links under content/ could bring in files from elsewhere in the repository that this check
 * would not read but Astro's loader would follow: none are allowed.
 */
function findLinks(contentRoot: string, displayRoot: string): ContentProblem[] {
  return readdirSync(contentRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => ({
      file: join(displayRoot, relative(contentRoot, join(entry.parentPath, entry.name))),
      message:
        'dit is een snelkoppeling (symbolic link); die zijn niet toegestaan in de inhoud. Zet het bestand zelf in de map.',
    }));
}

/**
 * Parses a Markdown or MDX file as the compiler does and checks its body; the tree if it could be parsed.
 * Images must lie inside one of `imageRoots` (by default the document's own folder).
 */
export function checkDocument(
  path: string,
  shown: string,
  options?: Parameters<typeof checkBody>[1],
  imageRoots = [dirname(path)],
): { problems: ContentProblem[]; tree?: Node } {
  const source = readFileSync(path, 'utf8');
  let tree: Node;
  try {
    const parse = path.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
    tree = parse(source, { features: { gfm: true } }) as unknown as Node;
  } catch (error) {
    const [, line, rest] = /^(\d+):\d+:\s*(.*)$/s.exec((error as Error).message) ?? [];
    const message = `de tekst kan niet gelezen worden: ${rest ?? (error as Error).message}. Controleer of elke <tag> ook gesloten wordt.`;
    return { problems: [{ file: shown, line: line ? Number(line) : undefined, message }] };
  }
  const problems: ContentProblem[] = checkBody(tree, options).map((finding) => ({ file: shown, ...finding }));
  for (const image of localImages(tree)) {
    const problem = imageProblem(path, image.url, imageRoots);
    if (problem) problems.push({ file: shown, line: image.line, message: `de afbeelding ${image.url} ${problem}` });
  }
  return { problems, tree };
}

/** Why an image path beside `documentPath` cannot be published, or undefined if it can. */
function imageProblem(documentPath: string, src: string, roots: string[]): string | undefined {
  const file = resolve(dirname(documentPath), src);
  if (!roots.some((root) => file.startsWith(resolve(root) + sep)))
    return `staat buiten de map van dit item. Zet de afbeelding naast dit bestand (./naam.jpg) of in de map ${sharedImagesFolder}/ van de inhoud (../${sharedImagesFolder}/naam.jpg).`;
  if (!existsSync(file))
    return `bestaat niet. Zet het bestand naast dit item en verwijs ernaar als ./naam.jpg, of controleer de spelling van de naam.`;
  return undefined;
}

function checkFile(path: string, shown: string, collection: AnyCollection, id: string, imageRoots: string[]) {
  const { problems, tree } = checkDocument(path, shown, undefined, imageRoots);
  if (!tree) return { problems };

  const frontmatterNode = tree.children?.find((node) => node.type === 'yaml') as { value: string } | undefined;
  if (!frontmatterNode) {
    problems.push({
      file: shown,
      line: 1,
      message: 'de gegevens bovenaan ontbreken. Begin het bestand met --- , de velden, en weer ---.',
    });
    return { problems };
  }
  const frontmatter = frontmatterNode.value;
  let data: unknown;
  try {
    data = yaml.load(frontmatter);
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    problems.push({
      file: shown,
      line: mark ? mark.line + 2 : 1,
      message: `de gegevens bovenaan zijn geen geldige YAML: ${(error as yaml.YAMLException).reason}. Staat er een dubbele punt in een tekst? Zet die tekst dan tussen aanhalingstekens.`,
    });
    return { problems };
  }

  const result = editorSchemas[collection].safeParse(data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formatPath(issue.path);
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      const key = String(issue.path.at(-1) ?? '');
      problems.push({
        file: shown,
        line: lineOf(frontmatter, field),
        message: !field
          ? issue.message
          : missing
            ? `veld "${field}" ontbreekt — voeg toe als ${key}: ${fieldExamples[key] ?? '...'}`
            : `veld "${field}" klopt niet: ${issue.message}`,
      });
    }
    return { problems };
  }

  const image = (result.data as { afbeelding?: { src: string } }).afbeelding;
  const problem = image && imageProblem(path, image.src, imageRoots);
  if (problem) {
    problems.push({
      file: shown,
      line: lineOf(frontmatter, 'afbeelding.src'),
      message: `veld "afbeelding.src": het bestand ${image!.src} ${problem}`,
    });
  }
  return {
    problems,
    entry: { collection, id, filePath: shown, data: result.data, frontmatter, links: bodyLinks(tree) },
  };
}

/** werkzameElementen[1].naam, the way an editor reads a field path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/**
 * The line of a field in the file, found from its top-level key downwards (frontmatter starts on line 2,
 * after the opening ---). Good enough to point an editor at the right place; the file start otherwise.
 */
function lineOf(frontmatter: string, field: string): number {
  const keys = field.split(/[.[\]]+/).filter((key) => key && !/^\d+$/.test(key));
  const lines = frontmatter.split('\n');
  let from = 0;
  for (const [depth, key] of keys.entries()) {
    const pattern = depth === 0 ? new RegExp(`^${key}:`) : new RegExp(`^\\s+(- )?${key}:`);
    const found = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (found === -1) break;
    from = found;
  }
  return from + 2;
}

/** Images in the body that point at a file beside the entry (not a web address or site path). */
function localImages(tree: Node): { url: string; line: number }[] {
  const images: { url: string; line: number }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'image' && node.url && !/^(https?:|\/)/.test(node.url)) {
      images.push({ url: decodeOrKeep(node.url), line: node.position?.start.line ?? 1 });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return images;
}

function bodyLinks(tree: Node): ParsedFile['links'] {
  const links: ParsedFile['links'] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ url: node.url, line });
    for (const attribute of node.attributes ?? []) {
      if (typeof attribute.value === 'string' && /^https?:\/\//.test(attribute.value))
        links.push({ url: attribute.value, line });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return links;
}

/**
 * Links to entries that do not exist. Only links into an entry collection are checked here; the build
 * checks every link, anchors included, once the pages exist.
 */
function findBrokenEntryLinks(entries: ParsedFile[]): ContentProblem[] {
  const paths = new Set(entries.map((entry) => entryPath(entry.collection, entry.id)));
  const folders = entryCollections.map((collection) => `/${collectionInfo[collection].folder}/`);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const link of entry.links.filter((l) => l.url.startsWith('/'))) {
      const path = link.url.split(/[?#]/)[0]!.replace(/\/?$/, '/');
      const folder = folders.find((f) => path.startsWith(f));
      if (folder && path !== folder && !paths.has(path)) {
        problems.push({
          file: entry.filePath,
          line: link.line,
          message: `de link "${link.url}" wijst naar een pagina die niet bestaat. Controleer het adres; het is de bestandsnaam zonder .md of .mdx, bijvoorbeeld ${folder}naam-van-het-bestand/.`,
        });
      }
    }
  }
  return problems;
}

function findDuplicateTitles(entries: ParsedFile[]): ContentProblem[] {
  const seen = new Map<string, ParsedFile>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const data = entry.data as { titel?: string; naam?: string };
    const title = (data.titel ?? data.naam)?.toLocaleLowerCase('nl');
    if (!title) continue;
    const key = `${entry.collection}/${title}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.filePath,
        line: 2,
        message: `dezelfde titel als ${first.filePath}. Maak de titel onderscheidend, of voeg de twee samen.`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}

/** One line per problem, as editors and CI annotations read it. */
export const formatProblem = (problem: ContentProblem) =>
  `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
