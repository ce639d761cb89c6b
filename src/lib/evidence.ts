/**
 * The evidence dimension in words: the published scale (what /onderbouwing/ explains and every page and
 * card shows), the kinds of knowledge and outcome, and how complete a description is, computed from the
 * fields with the "goed beschreven" items of Movisie's and NJi's databanks.
 */
import type { CollectionEntry } from 'astro:content';
import type { EvidenceLevel } from '../schemas/evidence.ts';
import { evidenceLevels, type knowledgeKinds, type outcomeOrigins } from '../schemas/evidence.ts';
import type { sourceKinds } from '../schemas/common.ts';

export interface LevelDescription {
  label: string;
  /** What the level means, in plain Dutch. */
  meaning: string;
  /** The comparable recognition level of Movisie's and NJi's databanks. */
  recognition: string;
}

export const evidenceLevelInfo: Record<EvidenceLevel, LevelDescription> = {
  'niet-beoordeeld': {
    label: 'Niet beoordeeld',
    meaning:
      'Niemand heeft dit nog beoordeeld met een vaste maatstaf. Dat zegt niets over of het werkt: het betekent dat we het niet weten. Wat er wel over bekend is, staat bij de bronnen.',
    recognition: 'Geen erkenning; de interventie is niet (of nog niet) voorgelegd aan een erkenningscommissie.',
  },
  'goed-beschreven': {
    label: 'Goed beschreven',
    meaning:
      'Doel, doelgroep, aanpak en voorwaarden zijn zo beschreven dat een ander het kan toepassen. Er is nog niet onderbouwd waarom het zou werken.',
    recognition: 'Vergelijkbaar met het erkenningsniveau "goed beschreven".',
  },
  'goed-onderbouwd': {
    label: 'Goed onderbouwd',
    meaning:
      'Goed beschreven, en met een onderbouwing uit theorie of onderzoek waarom de aanpak het beoogde doel bereikt. Het effect zelf is nog niet gemeten.',
    recognition: 'Vergelijkbaar met het erkenningsniveau "goed onderbouwd".',
  },
  'eerste-aanwijzingen': {
    label: 'Eerste aanwijzingen voor effect',
    meaning:
      'Goed onderbouwd, en er is gemeten dat de beoogde verandering optreedt, bijvoorbeeld met een voor- en nameting, maar zonder vergelijking met een groep die de aanpak niet kreeg.',
    recognition: 'Vergelijkbaar met "effectief volgens eerste aanwijzingen".',
  },
  'goede-aanwijzingen': {
    label: 'Goede aanwijzingen voor effect',
    meaning:
      'Er is onderzoek met een vergelijkingsgroep dat een effect laat zien dat aan de aanpak is toe te schrijven.',
    recognition: 'Vergelijkbaar met "effectief volgens goede aanwijzingen".',
  },
  'sterke-aanwijzingen': {
    label: 'Sterke aanwijzingen voor effect',
    meaning:
      'Meerdere sterke onderzoeken met een vergelijkingsgroep, ook na langere tijd of in verschillende situaties, laten een effect zien.',
    recognition: 'Vergelijkbaar met "effectief volgens sterke aanwijzingen".',
  },
};

/** 0 for "niet beoordeeld" up to 5: the search's sort value. */
export const evidenceRank = (level: EvidenceLevel) => evidenceLevels.indexOf(level);

export const knowledgeKindLabels: Record<(typeof knowledgeKinds)[number], string> = {
  wetenschap: 'Wetenschappelijke kennis',
  praktijk: 'Praktijkkennis van professionals',
  ervaring: 'Ervaringskennis van inwoners',
};

export const outcomeOriginLabels: Record<(typeof outcomeOrigins)[number], string> = {
  'eigen-verslag': 'Eigen verslag',
  'onafhankelijke-evaluatie': 'Onafhankelijke evaluatie',
  onderzoek: 'Onderzoek',
};

export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
  onderzoek: 'onderzoek',
  review: 'overzichtsstudie',
  praktijkbeschrijving: 'praktijkbeschrijving',
  rapport: 'rapport',
  webpagina: 'webpagina',
};

export interface QualityItem {
  key: string;
  label: string;
  present: boolean;
  /** The field an editor fills in to complete it. */
  field: string;
}

type ElementData = CollectionEntry<'workingElements'>['data'];
type ExampleData = CollectionEntry<'practiceExamples'>['data'];

const has = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/** The eight "goed beschreven" items, each present or not, for a working element or a practice example. */
export function descriptionQuality(data: ElementData | ExampleData): QualityItem[] {
  const element = 'waaromHetWerkt' in data;
  const items: [string, string, unknown, string][] = element
    ? [
        ['doel', 'Doel', data.samenvatting, 'samenvatting'],
        ['doelgroep', 'Doelgroep', data.doelgroepen, 'doelgroepen'],
        ['aanpak', 'Aanpak', data.watVraagtHet, 'watVraagtHet'],
        ['voorwaarden', 'Voorwaarden', data.voorwaarden, 'voorwaarden'],
        ['onderbouwing', 'Waarom het werkt', data.waaromHetWerkt, 'waaromHetWerkt'],
        ['resultaten', 'Kennis over resultaten', data.kennisbronnen, 'kennisbronnen'],
        ['overdraagbaarheid', 'Overdraagbaarheid', data.overdraagbaarheid, 'overdraagbaarheid'],
        ['bron', 'Bronnen', data.bronnen, 'bronnen'],
      ]
    : [
        ['doel', 'Doel (het probleem)', data.probleem, 'probleem'],
        ['doelgroep', 'Doelgroep', data.doelgroepen, 'doelgroepen'],
        ['aanpak', 'Aanpak', data.aanpak, 'aanpak'],
        ['voorwaarden', 'Voorwaarden', data.voorwaarden, 'voorwaarden'],
        ['onderbouwing', 'Waarom het werkt (werkzame elementen)', data.werkzameElementen, 'werkzameElementen'],
        ['resultaten', 'Uitkomsten', data.uitkomsten, 'uitkomsten'],
        ['overdraagbaarheid', 'Overdraagbaarheid', data.overdraagbaarheid, 'overdraagbaarheid'],
        ['bron', 'Bronnen', data.bronnen, 'bronnen'],
      ];
  return items.map(([key, label, value, field]) => ({ key, label, present: has(value), field }));
}

/** "6 van 8", the search facet and the summary line of the checklist. */
export const completenessLabel = (items: QualityItem[]) =>
  `${items.filter((item) => item.present).length} van ${items.length}`;
