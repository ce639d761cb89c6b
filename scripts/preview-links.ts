/**
 * The pull request comment of the preview workflow (.github/workflows/preview.yml): where to open the built
 * site and links to the pages the pull request changes. Reads the changed files, one per line, on stdin
 * (`git diff --name-only --diff-filter=d base HEAD`) and writes Markdown to stdout.
 *
 *   git diff … | node scripts/preview-links.ts --site http://localhost:8080/ --artifact <url> [--fork] [--deployed]
 */
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { previewComment } from './lib/preview-comment.ts';
import { previewPages } from './lib/preview-pages.ts';
import { collectionInfo, entryCollections } from '../src/schemas/collections.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    artifact: { type: 'string' },
    fork: { type: 'boolean', default: false },
    deployed: { type: 'boolean', default: false },
  },
});
if (!values.site || !(values.artifact || values.deployed)) {
  console.error(
    'Gebruik: git diff --name-only … | node scripts/preview-links.ts --site <adres> (--artifact <url> | --deployed) [--fork]',
  );
  process.exit(1);
}

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

console.log(
  previewComment({
    pages: previewPages({ changed, entriesUsing, sample }),
    site: new URL(values.site),
    artifact: values.artifact,
    fork: values.fork,
    deployed: values.deployed,
  }),
);
