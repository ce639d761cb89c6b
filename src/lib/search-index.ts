import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlFilesIn, pathOfFile } from './built-pages.ts';
import { separateBlocks } from './search-text.ts';

const BATCH = 64;

/** Writes the Pagefind search index of a built site to `<root>/pagefind`; throws on any indexing error. */
export async function writeSearchIndex(root: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('\n'));
    // Fed file by file rather than with addDirectory, to give Pagefind the word breaks a reader sees;
    // in batches, so the Pagefind service works on many files at once.
    const files = htmlFilesIn(root);
    for (let start = 0; start < files.length; start += BATCH) {
      await Promise.all(
        files.slice(start, start + BATCH).map(async (file) => {
          const content = separateBlocks(readFileSync(join(root, file), 'utf8'));
          const added = await index.addHTMLFile({ url: pathOfFile(file), content });
          if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { pages: files.length };
  } catch (cause) {
    throw new Error('Failed to build the Pagefind search index.', { cause });
  } finally {
    await close();
  }
}
