/**
 * The fixed sections of an entry page with their ids and headings: those before its body in the order it
 * shows them, then those after it (sources, how to cite). One list that the components take their headings
 * from and "Op deze pagina" lists, so the table of contents names what the reader sees, in order.
 */
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

/** The sections of `entry` before its body, leaving out those that have nothing to show. */
export function sectionsBeforeBody(entry: AnyEntry): Heading[] {
  const shown = (id: SectionId, show = true): Heading[] =>
    show ? [{ depth: 2, slug: id, text: sectionHeadings[id] }] : [];
  switch (entry.collection) {
    case 'workingElements': {
      const data = entry.data;
      return [
        ...shown('waarom'),
        ...shown('vraagt'),
        ...shown('voorwaarden', data.voorwaarden.length > 0),
        ...shown('elders-toepassen', Boolean(data.overdraagbaarheid)),
        ...shown('onderbouwing'),
        ...shown('open-vragen'),
      ];
    }
    case 'practiceExamples': {
      const data = entry.data;
      return [
        ...shown('het-probleem'),
        ...shown('de-aanpak'),
        ...shown('het-resultaat'),
        ...shown('voorwaarden', data.voorwaarden.length > 0),
        ...shown('elders-toepassen', Boolean(data.overdraagbaarheid)),
        ...shown('onderbouwing'),
        ...shown('uitkomsten'),
        ...shown('open-vragen'),
      ];
    }
    case 'eventReports':
      return shown('lessen', entry.data.lessen.length > 0);
    case 'programmes': {
      const data = entry.data;
      return [
        ...shown('programma', data.onderdelen.length > 0),
        ...shown('leerdoelen', data.leerdoelen.length > 0),
        ...shown('begeleiders', data.begeleiders.length > 0),
      ];
    }
  }
}
