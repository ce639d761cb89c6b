/**
 * The citation downloads beside each entry's page (citeer.bib, .ris, .json), written after the page build from
 * the manifest it wrote (lib/citation-files.ts, CITATION_MANIFEST), which is then removed. A file whose text is
 * unchanged is left as it is: a rebuild over the previous site (reused-staging.ts) then counts only the
 * citations that changed as written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationItem } from '../lib/citation.ts';
import {
  CITATION_MANIFEST,
  citationFile,
  citationFileName,
  citationFormatNames,
  type CitationFormat,
} from '../lib/citation-files.ts';

const sameText = (file: string, text: string) => {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
};

/**
 * The citation files of every entry, from the manifest at `root` (read, then removed): their paths inside the
 * site (`files`, which the stale-file step keeps), and `write`, which writes them beside their pages and says how
 * many it wrote. Named first and written later, so that the build can mark the pages and start Pagefind before
 * it spends seconds formatting 15,000 citations (scripts/build.ts).
 */
export function citationFiles(root: string): { files: string[]; write: () => number } {
  const manifest = join(root, CITATION_MANIFEST);
  const items = JSON.parse(readFileSync(manifest, 'utf8')) as CitationItem[];
  rmSync(manifest);
  // The item's id is its page's path in the site (werkzame-elementen/x), where its page already is.
  const fileOf = (item: CitationItem, format: CitationFormat) => `${item.id}/${citationFileName(format)}`;
  return {
    files: items.flatMap((item) => citationFormatNames.map((format) => fileOf(item, format))),
    write() {
      let written = 0;
      for (const item of items) {
        mkdirSync(join(root, item.id), { recursive: true });
        for (const format of citationFormatNames) {
          const file = join(root, fileOf(item, format));
          const text = citationFile(item, format);
          if (sameText(file, text)) continue;
          writeFileSync(file, text);
          written += 1;
        }
      }
      return written;
    },
  };
}
