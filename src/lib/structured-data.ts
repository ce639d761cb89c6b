/**
 * schema.org JSON-LD for entry pages, so search engines and aggregators read the typed facts: an Article
 * for working elements and practice examples, an Event for event reports, a Course with a CourseInstance
 * per module for programmes.
 */
import type { CollectionEntry } from 'astro:content';
import { evidenceLevelInfo } from './evidence.ts';
import type { AnyEntry } from './entry-summary.ts';
import { entryPath } from '../schemas/collections.ts';
import { editorialDate } from './revisions.ts';
import { contentLicence } from './licences.ts';
import { siteUrlOf } from './site-path.ts';

type Thing = Record<string, unknown>;

interface Context {
  site: URL;
  organisationNames: (ids: string[]) => string[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const organisations = (names: string[]) => names.map((name) => ({ '@type': 'Organization', name }));

export function structuredData(entry: AnyEntry, { site, organisationNames }: Context): Thing {
  const data = entry.data;
  const base = {
    '@context': 'https://schema.org',
    name: data.titel,
    description: data.samenvatting,
    url: siteUrlOf(entryPath(entry.collection, entry.id), site),
    inLanguage: 'nl-NL',
    isBasedOn: data.bronnen.map((source) => source.url),
    license: contentLicence.url,
  };
  const orgs = organisations(organisationNames(data.organisaties.map((ref) => ref.id)));

  switch (entry.collection) {
    case 'workingElements':
    case 'practiceExamples':
      return {
        ...base,
        '@type': 'Article',
        headline: data.titel,
        datePublished: day(data.gepubliceerd),
        dateModified: day(editorialDate(data)),
        publisher: orgs,
        // schema.org has no type for strength of evidence: the level goes in a documented PropertyValue.
        additionalProperty: evidenceProperty(entry.data.onderbouwing),
      };
    case 'eventReports':
      return eventReport(entry, base, orgs);
    case 'programmes':
      return programme(entry, base, orgs);
  }
}

function evidenceProperty(evidence: CollectionEntry<'workingElements'>['data']['onderbouwing']): Thing {
  return {
    '@type': 'PropertyValue',
    propertyID: 'onderbouwing',
    name: 'Onderbouwing',
    value: evidenceLevelInfo[evidence.niveau].label,
    ...(evidence.beoordeeldOp && { dateModified: day(evidence.beoordeeldOp) }),
    ...(evidence.basis && { description: evidence.basis }),
  };
}

function eventReport(entry: CollectionEntry<'eventReports'>, base: Thing, orgs: Thing[]): Thing {
  const { datum, eindDatum, plaats, sprekers } = entry.data;
  return {
    ...base,
    '@type': 'Event',
    startDate: datum.iso,
    ...(eindDatum && { endDate: eindDatum.iso }),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(plaats && { location: { '@type': 'Place', name: plaats, address: plaats } }),
    organizer: orgs,
    ...(sprekers.length > 0 && { performer: sprekers.map((person) => ({ '@type': 'Person', name: person.naam })) }),
  };
}

const courseModes = { 'op-locatie': 'Onsite', online: 'Online', 'eigen-werkplek': 'Online' } as const;

function programme(entry: CollectionEntry<'programmes'>, base: Thing, orgs: Thing[]): Thing {
  const { onderdelen, plaats, kosten } = entry.data;
  const instances = onderdelen
    .filter((part) => part.data.length > 0)
    .map((part) => {
      const days = part.data.map((session) => session.datum).sort((a, b) => +a - +b);
      const modes = [...new Set(part.data.map((session) => courseModes[session.vorm]))];
      return {
        '@type': 'CourseInstance',
        name: part.titel,
        courseMode: modes.length === 1 ? modes[0] : 'Blended',
        startDate: day(days[0]!),
        endDate: day(days.at(-1)!),
        ...(plaats && { location: { '@type': 'Place', name: plaats, address: plaats } }),
      };
    });
  return {
    ...base,
    '@type': 'Course',
    provider: orgs,
    ...(kosten === 'Kosteloos' && { isAccessibleForFree: true }),
    ...(instances.length > 0 && { hasCourseInstance: instances }),
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so the text cannot close the element. */
export const jsonLd = (thing: Thing) => JSON.stringify(thing).replaceAll('<', '\\u003c');
