import type { ParsedEntry } from './entry-links.ts';
import type { ContentProblem } from './problems.ts';

/** Two entries of one collection with the same title (ignoring case) would be indistinguishable in lists. */
export function findDuplicateTitles(entries: readonly ParsedEntry[]): ContentProblem[] {
  const seen = new Map<string, ParsedEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const data = entry.data as { titel?: string; naam?: string };
    const title = (data.titel ?? data.naam)?.toLocaleLowerCase('nl');
    if (!title) continue;
    const key = `${entry.collection}/${title}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.filePath,
        line: entry.lineOf([data.titel === undefined ? 'naam' : 'titel']),
        message: `dezelfde titel als ${first.filePath}. Maak de titel onderscheidend, of voeg de twee samen.`,
      });
    } else seen.set(key, entry);
  }
  return problems;
}
