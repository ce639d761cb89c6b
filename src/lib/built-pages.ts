/** The HTML files of a built site and the paths they are served at. */
import { globSync } from 'node:fs';

/** Every HTML file below `dir`, as paths relative to it, in a stable order. */
export const htmlFilesIn = (dir: string) => globSync('**/*.html', { cwd: dir }).sort();

/** The site path a page file is served at: verslagen/x/index.html → /verslagen/x/. */
export const pathOfFile = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
