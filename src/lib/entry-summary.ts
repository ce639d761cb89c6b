/**
 * One shape for every entry, whatever its collection: what cards, lists, back-links and the search
 * index need. Built once per entry per build.
 */
import type { CollectionEntry } from 'astro:content';
import { collectionInfo, entryPath, type EntryCollection } from './collections';
import type { FuzzyDate } from './fuzzy-date';

export type AnyEntry = CollectionEntry<EntryCollection>;

export interface EntrySummary {
  collection: EntryCollection;
  id: string;
  url: string;
  title: string;
  summary: string;
  typeLabel: string;
  /** When the thing happened (report, practice, first programme day) or was published (working element). */
  date: FuzzyDate;
  themeIds: string[];
  organisationIds: string[];
  workingElementIds: string[];
}

const exactDay = (date: Date): FuzzyDate => ({ start: date, precision: 'day', iso: date.toISOString().slice(0, 10) });

/** The date that places an entry in time. */
export function entryDate(entry: AnyEntry): FuzzyDate {
  switch (entry.collection) {
    case 'eventReports':
      return entry.data.datum;
    case 'practiceExamples':
      return entry.data.periode.start ?? exactDay(entry.data.gepubliceerd);
    case 'programmes': {
      const first = entry.data.onderdelen
        .flatMap((part) => part.data)
        .map((session) => session.datum)
        .sort((a, b) => +a - +b)[0];
      return exactDay(first ?? entry.data.gepubliceerd);
    }
    case 'workingElements':
      return exactDay(entry.data.gepubliceerd);
  }
}

const workingElementIdsOf = (entry: AnyEntry): string[] =>
  entry.collection === 'workingElements' ? [] : entry.data.werkzameElementen.map((ref) => ref.id);

export function toEntrySummary(entry: AnyEntry): EntrySummary {
  return {
    collection: entry.collection,
    id: entry.id,
    url: entryPath(entry.collection, entry.id),
    title: entry.data.titel,
    summary: entry.data.samenvatting,
    typeLabel: collectionInfo[entry.collection].singular,
    date: entryDate(entry),
    themeIds: entry.data.themas.map((ref) => ref.id),
    organisationIds: entry.data.organisaties.map((ref) => ref.id),
    workingElementIds: workingElementIdsOf(entry),
  };
}

/** Newest first; equal dates by title, so the order never depends on how the collections were read. */
export const byDateDescending = (a: EntrySummary, b: EntrySummary) =>
  +b.date.start - +a.date.start || a.title.localeCompare(b.title, 'nl');
