/**
 * Advice, not errors: which of the eight items of a good description (the databanks' "goed beschreven")
 * a working element or practice example still lacks, and which field to fill in.
 */
import { descriptionQuality } from '../lib/evidence.ts';
import type { ParsedEntry } from './entry-links.ts';
import type { ContentProblem } from './problems.ts';

export function adviseOnDescriptions(entries: readonly ParsedEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.collection === 'workingElements' || entry.collection === 'practiceExamples')
    .flatMap((entry) => {
      const missing = descriptionQuality(entry.data as Parameters<typeof descriptionQuality>[0]).filter(
        (item) => !item.present,
      );
      if (missing.length === 0) return [];
      return [
        {
          file: entry.filePath,
          line: 2,
          severity: 'advies' as const,
          message: `de beschrijving is nog niet compleet. Vul aan als de bron het noemt: ${missing.map((item) => `${item.label.toLowerCase()} (veld ${item.field})`).join(', ')}.`,
        },
      ];
    });
}
