/**
 * The fixed sections an entry page shows around its body, in the order it shows them (after the body come
 * the sources, the page's history and how to cite), with their ids and headings: one list that the
 * components take their headings from and "Op deze pagina" lists, so the table of contents names what the
 * reader sees, in order.
 */
import { collectionInfo } from '../schemas/collections.ts';
import type { AnyEntry } from './entry-summary.ts';
import type { Heading } from './table-of-contents.ts';

export const sectionHeadings = {
  waarom: 'Waarom het werkt',
  vraagt: 'Wat het vraagt van professionals',
  // Ids as the headings' own slugs: "Aanpak" and "Resultaat" stay free for an editor's body headings.
  'het-probleem': 'Het probleem',
  'de-aanpak': 'De aanpak',
  'het-resultaat': 'Het resultaat',
  voorwaarden: 'Voorwaarden',
  'elders-toepassen': 'Elders toepassen',
  onderbouwing: 'Onderbouwing',
  uitkomsten: 'Uitkomsten',
  'open-vragen': 'Kanttekeningen en open vragen',
  lessen: 'Lessen',
  programma: 'Onderdelen en data',
  leerdoelen: 'Wat je leert',
  begeleiders: 'Trainers en sprekers',
  bronnen: 'Bronnen',
  paginageschiedenis: 'Geschiedenis van deze pagina',
  citeren: 'Citeer deze pagina',
} as const;

export type SectionId = keyof typeof sectionHeadings;

/** The fixed sections of an entry page around its body, each list in the order the page shows it. */
export interface EntrySections {
  beforeBody: Heading[];
  afterBody: Heading[];
}

/**
 * The fixed sections of `entry`, leaving out those that have nothing to show. Each type tells its story
 * once, in the order a reader needs it: an element opens with its body (what it is), then why it works,
 * what it asks, its conditions, where it is applied and its sources; an example opens with its body (the
 * situation), then the problem, the approach, the result and its outcomes, the lessons, and its sources.
 */
export function entrySections(entry: AnyEntry): EntrySections {
  const shown = (id: SectionId, show = true): Heading[] =>
    show ? [{ depth: 2, slug: id, text: sectionHeadings[id] }] : [];
  switch (entry.collection) {
    case 'workingElements': {
      const data = entry.data;
      return {
        beforeBody: [],
        afterBody: [
          ...shown('waarom'),
          ...shown('vraagt'),
          ...shown('voorwaarden', data.voorwaarden.length > 0),
          ...shown('elders-toepassen', Boolean(data.overdraagbaarheid)),
          ...shown('onderbouwing'),
          ...shown('open-vragen'),
          // Where it is applied: the practice examples that link here, headed as their group elsewhere.
          { depth: 2, slug: 'groep-practiceExamples', text: collectionInfo.practiceExamples.plural },
        ],
      };
    }
    case 'practiceExamples': {
      const data = entry.data;
      return {
        beforeBody: [],
        afterBody: [
          ...shown('het-probleem'),
          ...shown('de-aanpak'),
          ...shown('het-resultaat'),
          ...shown('uitkomsten'),
          ...shown('lessen'),
          ...shown('voorwaarden', data.voorwaarden.length > 0),
          ...shown('elders-toepassen', Boolean(data.overdraagbaarheid)),
          ...shown('onderbouwing'),
          ...shown('open-vragen'),
        ],
      };
    }
    case 'eventReports':
      return { beforeBody: shown('lessen', entry.data.lessen.length > 0), afterBody: [] };
    case 'programmes': {
      const data = entry.data;
      return {
        beforeBody: [
          ...shown('programma', data.onderdelen.length > 0),
          ...shown('leerdoelen', data.leerdoelen.length > 0),
          ...shown('begeleiders', data.begeleiders.length > 0),
        ],
        afterBody: [],
      };
    }
  }
}
