/** The HTML files of a built site and the paths they are served at. */
import { globSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file below `dir`, as paths relative to it, in a stable order. */
export const htmlFilesIn = (dir: string) => globSync('**/*.html', { cwd: dir }).sort();

/** Every other file below `dir` (feeds, calendars, data, assets), as site paths. */
export const otherFilesIn = (dir: string) =>
  new Set(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.html'))
      .map((e) => `/${relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/')}`),
  );

/** The site path a page file is served at: verslagen/x/index.html → /verslagen/x/. */
export const pathOfFile = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
