/**
 * The files in a collection folder, judged by name before anything is read: which are entries, and which
 * names the site cannot publish. Astro derives an entry's address from its file name; some names give no
 * address at all, clash with another page, or are skipped without a word.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { entryIdFromPath, findDuplicateIds } from '../lib/content-files.ts';
import type { ContentProblem } from './problems.ts';

/** What Astro's loader reads: .md and .mdx, lowercase, not hidden, in the folder itself. */
const isEntryFile = (name: string) => /^[^.].*\.mdx?$/.test(name);
/** Names that look like content but that the loader would skip. */
const looksLikeContent = (name: string) => name.startsWith('.') || /\.(md|mdx|markdown|html?|txt)$/i.test(name);

/** The entry files of one collection folder (names inside it), and the problems with the folder's names. */
export function checkFileNames(
  folderPath: string,
  shownFolder: string,
): { files: string[]; problems: ContentProblem[] } {
  const shown = (file: string) => join(shownFolder, file);
  const problems: ContentProblem[] = [];
  const files: string[] = [];

  for (const item of readdirSync(folderPath, { recursive: true, withFileTypes: true })) {
    const file = join(item.parentPath, item.name).slice(folderPath.length + 1);
    if (item.isDirectory()) continue;
    if (file.includes('/') && isEntryFile(item.name)) {
      problems.push({
        file: shown(file),
        message: `dit item staat in een submap. Zet het bestand direct in de map ${shownFolder}/; submappen maken geen pagina.`,
      });
    } else if (isEntryFile(item.name) || /^\.+\.mdx?$/.test(item.name)) {
      const id = entryIdFromPath(file);
      if (!/[a-z0-9]/.test(id)) {
        problems.push({
          file: shown(file),
          message:
            'van deze bestandsnaam kan de site geen adres maken. Gebruik letters, cijfers en streepjes, zoals vaste-contactpersoon.md.',
        });
      } else if (/^\d+$/.test(id)) {
        problems.push({
          file: shown(file),
          message: `een bestandsnaam van alleen cijfers botst met de paginanummers van het overzicht (/${shownFolder.split('/').at(-1)}/${id}/). Gebruik een naam met woorden, zoals ${id}-naam-van-het-item.md.`,
        });
      } else files.push(file);
    } else if (!item.isSymbolicLink() && looksLikeContent(item.name) && item.name !== '.gitkeep') {
      problems.push({
        file: shown(file),
        severity: 'waarschuwing',
        message: `dit bestand wordt overgeslagen: alleen bestanden die eindigen op .md of .mdx (kleine letters, niet verborgen) worden pagina's.${extname(item.name) ? ` Hernoem het naar ${item.name.replace(/\.[^.]+$/, '').replace(/^\.+/, '') || 'naam-van-het-item'}.md als het een item is.` : ''}`,
      });
    }
  }

  for (const duplicate of findDuplicateIds(files)) {
    const [first, ...others] = duplicate.files.map(shown);
    problems.push({
      file: first!,
      message: `dit bestand en ${others.join(' en ')} krijgen allebei het adres "${duplicate.id}". Geef een van de twee een andere bestandsnaam, of verwijder het dubbele bestand.`,
    });
  }
  return { files: files.sort(), problems };
}
