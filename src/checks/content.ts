/**
 * The editors' check: every content file read, parsed the way the build parses it, and checked in one
 * pass, so an editor sees all problems at once, each with file, line, field and fix, in Dutch. The build
 * runs it first (src/integrations/content-guard.ts) and `npm run check` runs it on its own. Each kind of
 * check lives in its own module here; this one walks the folders and joins their findings.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editorSchemas } from '../schemas/index.ts';
import { collectionInfo, type AnyCollection } from '../schemas/collections.ts';
import { entryIdFromPath } from '../lib/content-files.ts';
import { brokenReferenceMessage, findBrokenReferences, type CheckedEntry } from '../lib/references.ts';
import { checkDocument } from './document.ts';
import { findBrokenEntryLinks, bodyLinks, type ParsedEntry } from './entry-links.ts';
import { checkFields, validFields } from './fields.ts';
import { checkFileNames } from './file-names.ts';
import { parsePath, readFrontmatter } from './frontmatter.ts';
import { imageProblem } from './image-files.ts';
import { sharedImagesFolder } from '../lib/content-images.ts';
import { formatProblem, type ContentProblem } from './problems.ts';
import { entryMemory } from './entry-memory.ts';
import { findDuplicateTitles } from './titles.ts';
import { adviseOnDescriptions } from './descriptions.ts';
import { findEarlyRevisions, findUnnotedChanges } from './revision-notes.ts';

export type { ParsedEntry } from './entry-links.ts';

export interface CheckOptions {
  /** Also advise on what would make each description complete (`npm run check`, not the build). */
  advice?: boolean;
  /** Remember each file's check in this file, and answer unchanged files from it (entry-memory.ts). */
  memoryFile?: string;
  /**
   * Ask for a change note where a published entry changed since this git version (`npm run check`, not
   * the build: see revision-notes.ts), counting "today" as `today`.
   */
  changes?: { base: string; today: Date };
}

/** Checks every file under `contentRoot`; `displayRoot` is how paths are shown (relative to the project). */
export function checkContent(
  contentRoot: string,
  displayRoot = contentRoot,
  options: CheckOptions = {},
): ContentProblem[] {
  return readContent(contentRoot, displayRoot, options).problems;
}

/** Reads and checks every file; also returns the entries that passed, for reports over the content. */
export function readContent(
  contentRoot: string,
  displayRoot = contentRoot,
  { advice = false, changes, memoryFile }: CheckOptions = {},
) {
  const problems: ContentProblem[] = findLinks(contentRoot, displayRoot);
  const memory = memoryFile === undefined ? undefined : entryMemory(memoryFile, contentRoot);
  const parsed: ParsedEntry[] = [];
  // Entries with problems of their own still exist (a reference to one is not broken as well), and the
  // fields of theirs that are right are still checked for references: every problem in one run.
  const withProblems: (CheckedEntry & Pick<ParsedEntry, 'collection' | 'lineOf'>)[] = [];

  for (const collection of Object.keys(editorSchemas) as AnyCollection[]) {
    const folder = collectionInfo[collection].folder;
    const names = checkFileNames(join(contentRoot, folder), join(displayRoot, folder));
    problems.push(...names.problems);
    const imageRoots = [join(contentRoot, folder), join(contentRoot, sharedImagesFolder)];
    for (const file of names.files) {
      const path = join(contentRoot, folder, file);
      const shown = join(displayRoot, folder, file);
      const check = () => checkEntry(path, shown, collection, imageRoots);
      const result = memory ? memory.check(path, shown, collection, check) : check();
      problems.push(...result.problems);
      const id = entryIdFromPath(file);
      if (result.entry) parsed.push({ ...result.entry, lineOf: result.lineOf!, id });
      else
        withProblems.push({
          id,
          filePath: join(displayRoot, folder, file),
          data: result.validFields,
          collection,
          lineOf: result.lineOf ?? (() => 1),
        });
    }
  }

  const byCollection = Object.groupBy([...parsed, ...withProblems], (entry) => entry.collection);
  for (const broken of findBrokenReferences(byCollection)) {
    const entry = [...parsed, ...withProblems].find((e) => e.filePath === broken.filePath)!;
    problems.push({
      file: broken.filePath,
      line: entry.lineOf(parsePath(broken.field)),
      message: brokenReferenceMessage(broken),
    });
  }
  problems.push(...findDuplicateTitles(parsed));
  problems.push(...findBrokenEntryLinks(parsed));
  problems.push(...findEarlyRevisions(parsed));
  if (advice) problems.push(...adviseOnDescriptions(parsed));
  if (changes) problems.push(...findUnnotedChanges(parsed, contentRoot, displayRoot, changes.base, changes.today));
  memory?.save();
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  // Two aliases on one line are one problem to fix.
  const unique = problems.filter((p, i) => i === 0 || formatProblem(p) !== formatProblem(problems[i - 1]!));
  return { problems: unique, entries: parsed };
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

function checkEntry(path: string, shown: string, collection: AnyCollection, imageRoots: readonly string[]) {
  const { problems, tree } = checkDocument(path, shown, { collection }, imageRoots);
  if (!tree) return { problems };
  const report = (line: number, message: string) => problems.push({ file: shown, line, message });

  const yamlNode = tree.children?.find((node) => node.type === 'yaml');
  if (!yamlNode) {
    report(1, 'de gegevens bovenaan ontbreken. Begin het bestand met --- , de velden, en weer ---.');
    return { problems };
  }
  // The node starts at the opening ---; the data on the line below it.
  const frontmatter = readFrontmatter(yamlNode.value ?? '', (yamlNode.position?.start.line ?? 1) + 1, report);
  if (!frontmatter) return { problems };
  const data = checkFields(editorSchemas[collection], frontmatter, report);
  if (data === undefined)
    return {
      problems,
      validFields: validFields(editorSchemas[collection], frontmatter.data),
      lineOf: frontmatter.lineOf,
    };

  const image = (data as { afbeelding?: { src: string } }).afbeelding;
  if (image) {
    const problem = imageProblem(path, image.src, imageRoots);
    if (problem)
      report(frontmatter.lineOf(['afbeelding', 'src']), `veld "afbeelding.src": het bestand ${image.src} ${problem}`);
  }
  return {
    problems,
    entry: { collection, filePath: shown, data, links: bodyLinks(tree) },
    lineOf: frontmatter.lineOf,
  };
}
