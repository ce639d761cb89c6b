import { todayInAmsterdam } from './build-date.ts';

/**
 * An example value for each frontmatter field, in the form an editor types it, which the check suggests
 * for a missing field. Dates are today's, the same day `npm run new` writes into a new entry.
 */
export const fieldExamples: Record<string, string> = {
  titel: 'Titel van het item',
  samenvatting: 'Eén of twee zinnen over waar dit item over gaat.',
  themas: '[armoede-en-schulden]',
  organisaties: '[movisie]',
  gepubliceerd: todayInAmsterdam(),
  wijzigingen: `[{ datum: ${todayInAmsterdam()}, notitie: Wat er voor de lezer veranderd is. }]`,
  laatstGecontroleerd: todayInAmsterdam(),
  bronnen: '[{ titel: Titel van de bron, url: "https://...", uitgever: Organisatie }]',
  url: 'https://www.voorbeeld.nl/pagina',
  uitgever: 'Naam van de organisatie',
  waaromHetWerkt: 'Waarom dit element werkt, in een paar zinnen.',
  watVraagtHet: 'Wat het vraagt van professionals.',
  voorwaarden: '[Eerste voorwaarde, Tweede voorwaarde]',
  regio: 'Noord-Holland',
  periode: '{ start: 2024-01, eind: 2024-12 }',
  werkzameElementen: '[vaste-contactpersoon]',
  probleem: 'Welk probleem werd aangepakt.',
  aanpak: 'Wat er is gedaan.',
  resultaat: 'Wat het opleverde.',
  soort: 'zie de toegestane waarden in CONTRIBUTING.md',
  datum: '2017-01-26',
  status: 'open',
  doelgroep: 'Voor wie het programma is.',
  aanmelden: '{ url: "https://..." }',
  naam: 'Naam van de organisatie',
  omschrijving: 'Eén of twee zinnen over de organisatie of het thema.',
  website: 'https://www.voorbeeld.nl',
  alt: 'Korte beschrijving van wat er op de afbeelding staat',
  src: './afbeelding.jpg',
  vorm: 'op-locatie',
};
