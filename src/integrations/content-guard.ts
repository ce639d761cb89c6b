import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { collectionInfo, entryCollections, supportCollections } from '../lib/collections';
import { findDuplicateIds } from '../lib/content-files';

/**
 * Checks the content folder before Astro syncs it, and stops the build with one message per problem.
 * (Frontmatter is checked by the collection schemas, references by the archive when pages are built.)
 */
export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'wat-werkt:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems: string[] = [];
        for (const collection of [...entryCollections, ...supportCollections]) {
          const folder = join(contentRoot, collectionInfo[collection].folder);
          const files = globSync('**/*.{md,mdx}', { cwd: folder });
          for (const duplicate of findDuplicateIds(files)) {
            const paths = duplicate.files.map((file) => relative(process.cwd(), join(folder, file)));
            problems.push(
              `${paths.join(' en ')}: deze bestanden krijgen allebei het adres "${duplicate.id}". ` +
                'Geef een van de twee een andere bestandsnaam, of verwijder het dubbele bestand.',
            );
          }
        }
        if (problems.length > 0) {
          const count = problems.length === 1 ? 'een probleem' : `${problems.length} problemen`;
          throw new Error(`De site is niet gebouwd: de inhoud bevat ${count}.\n${problems.join('\n')}`);
        }
        logger.debug('Content folder checked.');
      },
    },
  };
}
