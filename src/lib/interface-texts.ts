/**
 * The texts of the site's shell and shared components, in one place and one voice (src/lib/dutch-voice.ts):
 * the reader is "je", one straight apostrophe, no English jargon. A unit test holds every text here to that;
 * a build test holds every built page's visible text to the same rules.
 */
export const shellTexts = {
  skipLink: 'Naar de inhoud',
  home: 'Home',
  breadcrumbs: 'Kruimelpad',
  mainMenu: 'Hoofdmenu',
  menu: 'Menu',
  search: 'Zoek in het archief',
  aboutMenu: 'Over deze site',
  about:
    'Wat Werkt verzamelt kennis over wat werkt in het sociaal domein. Elke bijdrage noemt haar bron; de rechten op de oorspronkelijke teksten liggen bij de genoemde organisaties.',
  onThisPage: 'Op deze pagina',
  keyFacts: 'Kerngegevens',
  evidence: 'Onderbouwing',
  scrollHint: 'Scroll opzij voor meer kolommen →',
} as const;

/** MissingNote's defaults: what a reader can do about an empty section. */
export const missingTexts = {
  ask: 'Weet je meer?',
  action: 'Zo draag je bij',
} as const;

/** The gap map's legend. */
export const gapMapTexts = {
  legend: (caption: string) => `Legenda bij: ${caption}`,
  gap: '0: leemte',
  band: (from: number, to: number) => (from === to ? `${from}` : `${from} tot ${to}`),
} as const;

const addToCalendar = 'In je agenda zetten';

/** The agenda's calendar links and subscription. */
export const calendarTexts = {
  addToCalendar,
  heading: 'Abonneren op de agenda',
  intro:
    'Met een abonnement houdt je agenda-app alle data uit het archief zelf bij: nieuwe en gewijzigde data komen er vanzelf in. Het adres van de agenda:',
  subscribe: 'Abonneer in je agenda-app',
  refresh: `Agenda-apps halen een abonnement enkele keren per dag opnieuw op; Google Agenda soms pas na een dag. Wil je één datum overnemen, kies dan "${addToCalendar}" bij die datum.`,
} as const;

/** Words of English jargon a Dutch reader should not meet in the interface, with the Dutch the site uses. */
export const jargon: Record<string, string> = {
  issue: 'melding',
  'pull request': 'wijzigingsvoorstel',
  repository: 'projectomgeving',
};
