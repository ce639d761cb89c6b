/**
 * The archive as the pages see it: every collection read once per build, references checked, sorted,
 * and the back-link maps built. Pages ask this module; components receive what they need as props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { agendaItems, type AgendaItem } from './agenda.ts';
import { buildBacklinks, symmetricRelations, type Backlinks } from './backlinks.ts';
import { getBuildDate } from './build-date.ts';
import { entryPath, type AnyCollection, type EntryCollection } from '../schemas/collections.ts';
import { byDateDescending, toEntrySummary, type AnyEntry, type EntrySummary } from './entry-summary.ts';
import { structuredData } from './structured-data.ts';
import { citationItem, type CitationItem } from './citation.ts';
import { brokenReferenceMessage, findBrokenReferences } from './references.ts';
import { sitePath, siteUrlOf } from './site-path.ts';
import { settings } from '../settings.ts';

export interface Archive {
  workingElements: CollectionEntry<'workingElements'>[];
  practiceExamples: CollectionEntry<'practiceExamples'>[];
  eventReports: CollectionEntry<'eventReports'>[];
  programmes: CollectionEntry<'programmes'>[];
  themes: CollectionEntry<'themes'>[];
  organisations: CollectionEntry<'organisations'>[];
  /** Every entry of the four entry collections, newest first. */
  summaries: EntrySummary[];
  /** The summaries of one entry collection, newest first. */
  summariesIn: (collection: EntryCollection) => EntrySummary[];
  summaryOf: (collection: EntryCollection, id: string) => EntrySummary;
  backlinks: Backlinks;
  /** Every dated item (programme days, deadlines, events), in date order. */
  agenda: AgendaItem[];
  /** Related working elements, both ways. */
  relatedElements: Map<string, string[]>;
  /** Links for a list of referenced ids, labelled with the target's title or name. */
  themeLinks: (refs: readonly { id: string }[]) => Link[];
  organisationLinks: (refs: readonly { id: string }[]) => Link[];
  workingElementLinks: (refs: readonly { id: string }[]) => Link[];
  /** schema.org JSON-LD for an entry's page. */
  structuredDataOf: (entry: AnyEntry) => Record<string, unknown>;
  /** How to cite an entry's page (CSL-JSON). */
  citationOf: (entry: AnyEntry) => CitationItem;
}

export interface Link {
  href: string;
  label: string;
}

const byTitle = <T extends { data: { titel: string } }>(a: T, b: T) => a.data.titel.localeCompare(b.data.titel, 'nl');

async function loadArchive(site: URL): Promise<Archive> {
  const [workingElements, practiceExamples, eventReports, programmes, themes, organisations] = await Promise.all([
    getCollection('workingElements'),
    getCollection('practiceExamples'),
    getCollection('eventReports'),
    getCollection('programmes'),
    getCollection('themes'),
    getCollection('organisations'),
  ]);

  const broken = findBrokenReferences({
    workingElements,
    practiceExamples,
    eventReports,
    programmes,
    themes,
    organisations,
  });
  if (broken.length > 0) {
    throw new Error(
      `De site is niet gebouwd: ${broken.length} verwijzing(en) naar items die niet bestaan.\n` +
        broken.map((problem) => `${problem.filePath}: ${brokenReferenceMessage(problem)}`).join('\n'),
    );
  }

  const entries = [...workingElements, ...practiceExamples, ...eventReports, ...programmes];
  const today = getBuildDate();
  const summaries = entries.map((entry) => toEntrySummary(entry, today)).sort(byDateDescending);
  const byCollection = Map.groupBy(summaries, (summary) => summary.collection);
  const summaryIndex = new Map(summaries.map((s) => [`${s.collection}/${s.id}`, s]));
  const organisationNames = new Map(organisations.map((o) => [o.id, o.data.naam]));
  const linker = (collection: AnyCollection, labels: Map<string, string>) => (refs: readonly { id: string }[]) =>
    refs.map((ref) => ({ href: sitePath(entryPath(collection, ref.id)), label: labels.get(ref.id)! }));

  return {
    workingElements: workingElements.sort(byTitle),
    practiceExamples: practiceExamples.sort(byTitle),
    eventReports: eventReports.sort((a, b) => +b.data.datum.start - +a.data.datum.start || byTitle(a, b)),
    programmes: programmes.sort(byTitle),
    themes: themes.sort(byTitle),
    organisations: organisations.sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    summaries,
    summariesIn: (collection) => byCollection.get(collection) ?? [],
    summaryOf: (collection, id) => summaryIndex.get(`${collection}/${id}`)!,
    backlinks: buildBacklinks(summaries),
    agenda: agendaItems(programmes, eventReports),
    structuredDataOf: (entry) =>
      structuredData(entry, { site, organisationNames: (ids) => ids.map((id) => organisationNames.get(id)!) }),
    citationOf: (entry) =>
      citationItem(entry, {
        url: siteUrlOf(entryPath(entry.collection, entry.id), site),
        editorialTeam: settings.editorialTeam,
      }),
    relatedElements: symmetricRelations(
      new Map(workingElements.map((e) => [e.id, e.data.gerelateerd.map((ref) => ref.id)])),
    ),
    themeLinks: linker('themes', new Map(themes.map((t) => [t.id, t.data.titel]))),
    organisationLinks: linker('organisations', organisationNames),
    workingElementLinks: linker('workingElements', new Map(workingElements.map((e) => [e.id, e.data.titel]))),
  };
}

let archive: Promise<Archive> | undefined;

/** The archive, loaded and checked once per build however many pages ask for it. */
export function getArchive(): Promise<Archive> {
  archive ??= loadArchive(new URL(import.meta.env.SITE));
  return archive;
}
