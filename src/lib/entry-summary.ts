/**
 * One shape for every entry, whatever its collection: what cards, lists, back-links and the search
 * index need. Built once per entry per build.
 */
import type { CollectionEntry } from 'astro:content';
import { collectionInfo, entryPath, type EntryCollection } from '../schemas/collections.ts';
import { formatDutchDateWithWeekday, formatEntryDate, formatPeriod, type DateKind } from './dutch-dates.ts';
import type { FuzzyDate } from '../schemas/fuzzy-date.ts';
import { eventKindLabels, programmeStatusLabels } from './labels.ts';
import { evidenceLevelInfo } from './evidence.ts';
import { termLabel } from '../schemas/vocabularies.ts';
import { sitePath } from './site-path.ts';
import { editorialDate } from './revisions.ts';

export type AnyEntry = CollectionEntry<EntryCollection>;

export interface EntrySummary {
  collection: EntryCollection;
  id: string;
  /** The link to the entry's page, under the site's base path. */
  url: string;
  title: string;
  summary: string;
  typeLabel: string;
  /** When the thing happened (report, practice, programme), or else when it was added to the archive. */
  date: FuzzyDate;
  /** What `date` is, named wherever it is shown: the meeting, the start, or the day the entry was added. */
  dateKind: DateKind;
  /** The day the entry was added to the archive: what "Nieuw in het archief" sorts by and shows. */
  added: FuzzyDate;
  /** When the entry was added or last updated: what the feeds sort by. */
  updated: Date;
  themeIds: string[];
  organisationIds: string[];
  workingElementIds: string[];
  /** One line of what matters most for this type: where and when, kind of event, status and next date. */
  detail?: string | undefined;
  /** How well we know it works, for elements and examples: the label of its evidence level. */
  evidence?: string | undefined;
}

const exactDay = (date: Date): FuzzyDate => ({ start: date, precision: 'day', iso: date.toISOString().slice(0, 10) });

/** The date of the thing an entry describes and what it is, if it has one. */
function ownDate(entry: AnyEntry): { date: FuzzyDate; kind: DateKind } | undefined {
  const named = (kind: DateKind, date: FuzzyDate | undefined) => date && { date, kind };
  switch (entry.collection) {
    case 'eventReports':
      return named('bijeenkomst', entry.data.datum);
    case 'practiceExamples':
      return named('start', entry.data.periode.start);
    case 'programmes': {
      const first = entry.data.onderdelen
        .flatMap((part) => part.data)
        .map((session) => session.datum)
        .sort((a, b) => +a - +b)[0];
      return named('start', first ? exactDay(first) : entry.data.periode?.start);
    }
    case 'workingElements':
      return undefined;
  }
}

const workingElementIdsOf = (entry: AnyEntry): string[] =>
  entry.collection === 'workingElements' ? [] : entry.data.werkzameElementen.map((ref) => ref.id);

/** The type-specific line a card shows under the title. */
function detailOf(entry: AnyEntry, today: Date): string | undefined {
  switch (entry.collection) {
    case 'practiceExamples': {
      const { gemeenten, regio } = entry.data;
      const where = gemeenten.length > 0 ? gemeenten.join(', ') : regio && termLabel('regios', regio);
      return [where, formatPeriod(entry.data.periode)].filter(Boolean).join(' · ');
    }
    case 'eventReports':
      return eventKindLabels[entry.data.soort];
    case 'programmes': {
      const next = entry.data.onderdelen
        .flatMap((part) => part.data.map((session) => session.datum))
        .filter((day) => day >= today)
        .sort((a, b) => +a - +b)[0];
      const status = programmeStatusLabels[entry.data.status];
      return next ? `${status} · volgende datum ${formatDutchDateWithWeekday(next)}` : status;
    }
    case 'workingElements':
      return undefined;
  }
}

export function toEntrySummary(entry: AnyEntry, today: Date): EntrySummary {
  const own = ownDate(entry);
  const added = exactDay(entry.data.gepubliceerd);
  return {
    collection: entry.collection,
    id: entry.id,
    url: sitePath(entryPath(entry.collection, entry.id)),
    title: entry.data.titel,
    summary: entry.data.samenvatting,
    typeLabel: collectionInfo[entry.collection].singular,
    date: own?.date ?? added,
    dateKind: own?.kind ?? 'toegevoegd',
    added,
    updated: editorialDate(entry.data),
    themeIds: entry.data.themas.map((ref) => ref.id),
    organisationIds: entry.data.organisaties.map((ref) => ref.id),
    workingElementIds: workingElementIdsOf(entry),
    detail: detailOf(entry, today),
    evidence: 'onderbouwing' in entry.data ? evidenceLevelInfo[entry.data.onderbouwing.niveau].label : undefined,
  };
}

/**
 * Newest first by the entry's own date (meeting, start); entries whose own date is unknown follow, newest
 * added first, so a list never ranks a day of adding among meeting or start dates. Equal dates by title,
 * so the order never depends on how the collections were read.
 */
export const byDateDescending = (a: EntrySummary, b: EntrySummary) =>
  Number(a.dateKind === 'toegevoegd') - Number(b.dateKind === 'toegevoegd') ||
  +b.date.start - +a.date.start ||
  a.title.localeCompare(b.title, 'nl');

/** Most recently added to the archive first: "Nieuw in het archief". */
export const byAddedDescending = (a: EntrySummary, b: EntrySummary) =>
  +b.added.start - +a.added.start || a.title.localeCompare(b.title, 'nl');

/** The date a card shows, named: the entry's own date, or the day it was added where a list sorts by that. */
export function cardDate(entry: EntrySummary, shown: 'own' | 'added'): { iso: string; text: string } {
  const named = shown === 'added' ? { date: entry.added, dateKind: 'toegevoegd' as const } : entry;
  return { iso: named.date.iso, text: formatEntryDate(named) };
}

/** Most recently added or updated first. */
export const byUpdatedDescending = (a: EntrySummary, b: EntrySummary) =>
  +b.updated - +a.updated || a.title.localeCompare(b.title, 'nl');
