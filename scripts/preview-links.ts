/**
 * The pull request comment of the preview workflow (.github/workflows/preview.yml): where to get the built
 * site and links to the pages the pull request changes. Reads the changed files, one per line, on stdin
 * (`git diff --name-only --diff-filter=d base HEAD`) and writes Markdown to stdout.
 *
 *   git diff … | node scripts/preview-links.ts --site http://localhost:8080/ --artifact <url>
 */
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { previewPages } from './lib/preview-pages.ts';
import { collectionInfo, entryCollections } from '../src/schemas/collections.ts';

/** More links than this make a comment nobody reads; the rest is counted. */
const MAX_LINKS = 15;

const { values } = parseArgs({ options: { site: { type: 'string' }, artifact: { type: 'string' } } });
if (!values.site || !values.artifact) {
  console.error('Gebruik: git diff --name-only … | node scripts/preview-links.ts --site <adres> --artifact <url>');
  process.exit(1);
}
const site = new URL(values.site);

const changed = readFileSync(0, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const entryFiles = globSync('content/*/*.{md,mdx}').sort();
// Entries refer to their images by relative path (./foto.jpg, ../afbeeldingen/logo.png): the file name is enough.
const entriesUsing = (image: string) =>
  entryFiles.filter((file) => readFileSync(file, 'utf8').includes(basename(image)));
const sample = entryCollections.flatMap((collection) =>
  entryFiles.filter((file) => file.startsWith(`content/${collectionInfo[collection].folder}/`)).slice(0, 1),
);

const pages = previewPages({ changed, entriesUsing, sample });
const link = (path: string) => `- <${new URL(path.slice(1), site).href}>`;
const shown = pages.slice(0, MAX_LINKS).map(link);
if (pages.length > MAX_LINKS) shown.push(`- en nog ${pages.length - MAX_LINKS} pagina's`);

console.log(
  [
    '### Voorbeeld van deze pull request',
    '',
    `De site met deze wijzigingen is gebouwd: [download het voorbeeld](${values.artifact}) (een zip-bestand, ` +
      '14 dagen bewaard). Pak het uit en start in die map een eenvoudige webserver, bijvoorbeeld ' +
      `\`python3 -m http.server ${site.port || 80}\` of \`npx serve -l ${site.port || 80}\`.`,
    '',
    ...(pages.length > 0
      ? ["Pagina's die deze pull request verandert:", '', ...shown]
      : ['Deze pull request verandert geen pagina van de site.']),
  ].join('\n'),
);
