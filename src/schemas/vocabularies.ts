/**
 * Controlled vocabularies: target groups, laws, levels of intervention and regions (the twelve provinces
 * or the whole country). One data file (vocabularies.json) holds every allowed value and its label, so
 * search facets group exactly and an editor's typo gets the closest allowed value instead of a new facet.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import data from './vocabularies.json' with { type: 'json' };
import { formHints } from './form-hints.ts';

const vocabularyFile = z.strictObject({
  doelgroepen: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
  wetten: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
  niveaus: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
  regios: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
});

/** Each vocabulary as { value: label }; parsing the file here fails the build if it is malformed. */
export const vocabularies = vocabularyFile.parse(data);
export type Vocabulary = keyof typeof vocabularies;

/** What each vocabulary is called in a message. */
const names: Record<Vocabulary, string> = {
  doelgroepen: 'doelgroep',
  wetten: 'wet',
  niveaus: 'niveau',
  regios: 'regio (een provincie, of landelijk)',
};

/** One value from a vocabulary; a value that is not in it gets the closest allowed one in the message. */
export function term(vocabulary: Vocabulary) {
  const values = Object.keys(vocabularies[vocabulary]);
  return z
    .string({ error: `kies een ${names[vocabulary]} uit: ${values.join(', ')}` })
    .refine((value) => values.includes(value), {
      error: (issue) =>
        `"${String(issue.input)}" is geen bekende ${names[vocabulary]}. Bedoelde je "${closest(String(issue.input), values)}"? Kies uit: ${values.join(', ')}.`,
    })
    .register(formHints, { vocabulary });
}

/** How a list of each vocabulary is named and explained in the browser editor's form. */
const listMeta: Record<Exclude<Vocabulary, 'regios'>, { title: string; description: string }> = {
  doelgroepen: { title: 'Doelgroepen', description: 'Voor wie het bedoeld is. Kies er één of meer, of laat leeg.' },
  wetten: { title: 'Wetten', description: 'Onder welke wet het valt. Kies er één of meer, of laat leeg.' },
  niveaus: {
    title: 'Niveaus',
    description: 'Op welk niveau het werkt: inwoner, professional, team en organisatie, of beleid. Of laat leeg.',
  },
};

/** A list of values from a vocabulary, empty when not given. */
export const terms = (vocabulary: keyof typeof listMeta) =>
  z.array(term(vocabulary)).default([]).meta(listMeta[vocabulary]);

export const termLabel = (vocabulary: Vocabulary, value: string) => vocabularies[vocabulary][value] ?? value;
