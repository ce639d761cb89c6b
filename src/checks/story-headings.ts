/**
 * Body headings that would tell again what a page already shows from its fields: a practice example
 * whose body has "## Aanleiding" and "## Resultaat" shows its story twice, once from the fields
 * probleem and resultaat and once from the body. Per type, each field-backed section with the headings
 * (compared as slugs) that retell it.
 */
import { slug } from 'github-slugger';
import { sectionHeadings, type SectionId } from '../lib/entry-sections.ts';
import type { AnyCollection } from '../schemas/collections.ts';

interface StorySection {
  section: SectionId;
  /** The frontmatter field the section shows, where the text belongs. */
  field: string;
  /** Headings that retell the section, besides its own heading. */
  retold: string[];
}

const shared: StorySection[] = [
  { section: 'voorwaarden', field: 'voorwaarden', retold: ['Randvoorwaarden', 'Succesfactoren'] },
  { section: 'elders-toepassen', field: 'overdraagbaarheid', retold: ['Overdraagbaarheid'] },
  { section: 'open-vragen', field: 'kanttekeningen', retold: ['Kanttekeningen', 'Beperkingen'] },
  { section: 'open-vragen', field: 'watWeNietWeten', retold: ['Wat we niet weten', 'Open vragen'] },
];

const storySections: Partial<Record<AnyCollection, StorySection[]>> = {
  workingElements: [
    { section: 'waarom', field: 'waaromHetWerkt', retold: ['Waarom het werkt', 'Werkzaamheid', 'Werkzame factoren'] },
    { section: 'vraagt', field: 'watVraagtHet', retold: ['Wat het vraagt', 'Wat vraagt het'] },
    { section: 'onderbouwing', field: 'kennisbronnen', retold: ['Wat de bron zegt', 'Kennisbronnen'] },
    ...shared,
  ],
  practiceExamples: [
    {
      section: 'het-probleem',
      field: 'probleem',
      retold: ['Probleem', 'Aanleiding', 'Het vraagstuk', 'Vraagstuk', 'De aanleiding'],
    },
    { section: 'de-aanpak', field: 'aanpak', retold: ['Aanpak', 'Werkwijze', 'De werkwijze', 'Wat er is gedaan'] },
    {
      section: 'het-resultaat',
      field: 'resultaat',
      retold: ['Resultaat', 'Resultaten', 'Wat het opleverde', 'Opbrengst', 'Opbrengsten', 'Effect', 'Effecten'],
    },
    { section: 'uitkomsten', field: 'uitkomsten', retold: ['Uitkomst'] },
    { section: 'uitkomsten', field: 'watNietWerkte', retold: ['Wat niet werkte'] },
    { section: 'lessen', field: 'lessen', retold: ['Lessen', 'Geleerde lessen', 'Wat het voorbeeld laat zien'] },
    ...shared,
  ],
};

/** The section a body heading of a `collection` entry retells, with the field its text belongs in. */
export function retoldSection(
  collection: AnyCollection,
  heading: string,
): { heading: string; field: string } | undefined {
  const id = slug(heading);
  const found = (storySections[collection] ?? []).find(
    ({ section, retold }) => slug(sectionHeadings[section]) === id || retold.some((text) => slug(text) === id),
  );
  return found && { heading: sectionHeadings[found.section], field: found.field };
}
