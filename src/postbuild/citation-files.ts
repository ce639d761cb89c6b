/**
 * The citation downloads beside each entry's page (citeer.bib, .ris, .json), written after the page build from
 * the manifest it wrote (lib/citation-files.ts, CITATION_MANIFEST), which is then removed. A file whose text is
 * unchanged is left as it is: a rebuild over the previous site (reused-staging.ts) then counts only the
 * citations that changed as written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationItem } from '../lib/citation.ts';
import { CITATION_MANIFEST, citationFile, citationFileName, citationFormatNames } from '../lib/citation-files.ts';

const sameText = (file: string, text: string) => {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
};

/**
 * Writes every entry's citation files into the site at `root` and removes the manifest. Returns every citation
 * file of this build (paths inside the site, which the stale-file step keeps) and how many were written.
 */
export function writeCitationFiles(root: string): { files: string[]; written: number } {
  const manifest = join(root, CITATION_MANIFEST);
  const items = JSON.parse(readFileSync(manifest, 'utf8')) as CitationItem[];
  rmSync(manifest);
  const files: string[] = [];
  let written = 0;
  for (const item of items) {
    // The item's id is its page's path in the site (werkzame-elementen/x), where its page already is.
    mkdirSync(join(root, item.id), { recursive: true });
    for (const format of citationFormatNames) {
      const file = `${item.id}/${citationFileName(format)}`;
      const text = citationFile(item, format);
      files.push(file);
      if (sameText(join(root, file), text)) continue;
      writeFileSync(join(root, file), text);
      written += 1;
    }
  }
  return { files, written };
}
