/**
 * Change notes (`wijzigingen`, see schemas/common.ts) where they belong. A note cannot lie before the entry
 * was published. And `npm run check` asks for one when a published entry's file changed since the version
 * it compares with (settings.changesBase: uncommitted work, or in a pull request the base branch) and has
 * no more notes than it had there. That is a warning, not an error: a typo fix needs no note, and only the
 * editor knows whether a change matters to readers.
 */
import { join } from 'node:path';
import { git } from '../lib/git-history.ts';
import { frontmatterData } from './frontmatter.ts';
import { formatDutchDate } from '../lib/dutch-dates.ts';
import type { Revision } from '../lib/revisions.ts';
import type { ParsedEntry } from './entry-links.ts';
import type { ContentProblem } from './problems.ts';

type Dated = { gepubliceerd: Date; wijzigingen?: Revision[] };

/** A note dated before the entry's publication: the dates are swapped or mistyped. */
export function findEarlyRevisions(entries: readonly ParsedEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const data = entry.data as Dated;
    return (data.wijzigingen ?? []).flatMap((revision, i) =>
      +revision.datum < +data.gepubliceerd
        ? [
            {
              file: entry.filePath,
              line: entry.lineOf(['wijzigingen', i, 'datum']),
              message: `veld "wijzigingen[${i}].datum": ${formatDutchDate(revision.datum)} ligt vóór de publicatie (gepubliceerd: ${formatDutchDate(data.gepubliceerd)}). Een wijziging komt na de publicatie: controleer beide datums.`,
            },
          ]
        : [],
    );
  });
}

/** How many change notes a version of a file holds (0 when it has none or cannot be read). */
export function countNotes(source: string): number {
  const notes = frontmatterData(source)?.wijzigingen;
  return Array.isArray(notes) ? notes.length : 0;
}

/**
 * Published entries (before `today`) whose file differs from `base` in git and that gained no change note.
 * Outside git, or where `base` is unknown (a clone without it), it finds nothing.
 */
export function findUnnotedChanges(
  entries: readonly ParsedEntry[],
  contentRoot: string,
  displayRoot: string,
  base: string,
  today: Date,
): ContentProblem[] {
  const changed = git(contentRoot, ['diff', '--name-only', '-z', '--no-renames', '--relative', base, '--', '.']);
  if (!changed.ok) return [];
  const byPath = new Map(entries.map((entry) => [entry.filePath, entry]));
  const problems: ContentProblem[] = [];
  for (const path of changed.stdout.split('\0').filter(Boolean)) {
    const entry = byPath.get(join(displayRoot, path));
    if (!entry) continue;
    const data = entry.data as Dated;
    if (+data.gepubliceerd >= +today) continue;
    const before = git(contentRoot, ['show', `${base}:./${path}`]);
    // Not in that version: a new entry, which needs no note.
    if (!before.ok) continue;
    if ((data.wijzigingen?.length ?? 0) > countNotes(before.stdout)) continue;
    problems.push({
      file: entry.filePath,
      line: entry.lineOf(data.wijzigingen ? ['wijzigingen'] : ['gepubliceerd']),
      severity: 'waarschuwing',
      message: `dit gepubliceerde item is gewijzigd. Is de wijziging van belang voor lezers? Voeg dan onder "wijzigingen" een regel toe met de datum van vandaag en in één zin wat er veranderd is, bijvoorbeeld: wijzigingen: [{ datum: ${today.toISOString().slice(0, 10)}, notitie: Resultaten van de evaluatie toegevoegd. }]. Voor een kleine correctie (tikfout, opmaak) is dat niet nodig.`,
    });
  }
  return problems;
}
