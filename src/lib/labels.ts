/** Dutch display labels for the enum values editors write in frontmatter. */
import type { eventKinds } from '../schemas/event-report.ts';
import type { organisationKinds } from '../schemas/organisation.ts';
import type { programmeKinds, programmeStatuses, sessionFormats } from '../schemas/programme.ts';

export const eventKindLabels: Record<(typeof eventKinds)[number], string> = {
  congres: 'Congres',
  conferentie: 'Conferentie',
  actualiteitencollege: 'Actualiteitencollege',
  themabijeenkomst: 'Themabijeenkomst',
  'wat-werkt-sessie': 'Wat-werkt-sessie',
  leernetwerk: 'Leernetwerk',
  werkplaats: 'Werkplaats',
  webinar: 'Webinar',
};

export const programmeKindLabels: Record<(typeof programmeKinds)[number], string> = {
  opleiding: 'Opleiding',
  'lerende-praktijk': 'Lerende praktijk',
  werkplaats: 'Werkplaats',
  leernetwerk: 'Leernetwerk',
  workshop: 'Workshop',
};

export const programmeStatusLabels: Record<(typeof programmeStatuses)[number], string> = {
  aangekondigd: 'Aangekondigd',
  open: 'Aanmelden mogelijk',
  vol: 'Vol',
  loopt: 'Loopt',
  afgelopen: 'Afgelopen',
};

export const sessionFormatLabels: Record<(typeof sessionFormats)[number], string> = {
  'op-locatie': 'Op locatie',
  online: 'Online',
  'eigen-werkplek': 'Op de eigen werkplek',
};

export const organisationKindLabels: Record<(typeof organisationKinds)[number], string> = {
  kennisinstituut: 'Kennisinstituut',
  kennisplatform: 'Kennisplatform',
  adviesbureau: 'Adviesbureau',
  programma: 'Landelijk programma',
  gemeente: 'Gemeente',
  netwerk: 'Netwerk',
};

/** "Anne Czyzewski, trainer": a person in the public role the source gives them. */
export const personLabel = (person: { naam: string; rol?: string | undefined }) =>
  person.rol ? `${person.naam}, ${person.rol}` : person.naam;
