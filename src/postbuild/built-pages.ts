/** The files of a built site and the paths they are served at. */
import { globSync, readdirSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it. */
export const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** Every HTML file below `dir`, as paths relative to it, in a stable order. */
export const htmlFilesIn = (dir: string) => globSync('**/*.html', { cwd: dir }).sort();

/** Every other file below `dir` (feeds, calendars, data, assets), as site paths. */
export const otherFilesIn = (dir: string) =>
  new Set(
    filesIn(dir)
      .filter((file) => !file.endsWith('.html'))
      .map((file) => `/${file.replace(/\\/g, '/')}`),
  );

/** The site path a page file is served at: verslagen/x/index.html → /verslagen/x/. */
export const pathOfFile = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * A copy of `text` that does not hold on to the page it was cut from. V8 keeps a substring of 13 characters or
 * more (a regular expression's match, a parser's attribute value) as a view into the whole string, so a step
 * that keeps something of every page it reads kept every page: the link check's ids and links held 127 of its
 * 149 MB of heap at 2,000 generated entries. Joined to a space, the text is copied; cut off again, the result
 * is a view into that copy only.
 */
export const detached = (text: string) => ` ${text}`.slice(1);

/**
 * Whether the build wrote a file (its stats) after `moment`. Its modification time says so, except for an
 * empty file: Node's copyFileSync (Vite copies public/ with it) gives an empty copy its source's modification
 * time, so an empty file copied over the spare's looks untouched. The change time cannot be set by a program
 * and moves whenever a file is written; it is not used for every file because the index step's hard links move
 * it too.
 */
export const writtenAfter = ({ mtimeMs, ctimeMs, size }: Stats, moment: number) =>
  mtimeMs > moment || (size === 0 && ctimeMs > moment);
