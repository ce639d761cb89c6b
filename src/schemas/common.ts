/**
 * Schema parts shared by the content collections. Field names are Dutch because editors write them in
 * frontmatter; zod reports problems by these names, so messages speak the editor's language.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { AnyCollection } from './collections.ts';
import { paragraphs } from './form-hints.ts';
import { lastDay, parseFuzzyDate } from './fuzzy-date.ts';

/** A non-empty line of text, trimmed. */
export const text = (label: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${label} is verplicht`
          : // The usual cause: an unquoted colon makes YAML read "a: b" as a field instead of text.
            `${label} moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: '...'`,
    })
    .trim()
    .min(1, `${label} mag niet leeg zijn`);

/**
 * A non-empty text on one line, without HTML: titles, names, places. Such a text reaches other programs on
 * a line of its own (calendars, citation files, feed readers, some of which show a title as HTML), where a
 * line break (CR, LF, NEL, Unicode's line and paragraph separators) starts a line of their syntax and a tag
 * becomes code; so both are refused here, where the editor can fix them. Patterns rather than refinements,
 * so the open data's JSON Schema carries them.
 */
export const line = (label: string) =>
  text(label)
    .regex(
      /^[^\r\n\u0085\u2028\u2029]*$/,
      `${label} moet op één regel staan. Haal de regelovergang weg (een \\n tussen aanhalingstekens, of tekst onder een |)`,
    )
    .regex(
      /^(?![\s\S]*<[A-Za-z/!?])/,
      `${label} mag geen HTML bevatten (zoals <b> of <img>): feedlezers en agenda's lezen het als code. Schrijf de tekst zonder <, of zet een spatie na <`,
    );

/**
 * What to write instead of a date that is not one; for 14-10-2024 or 14/10/2024 the same day the right
 * way round.
 */
export function dateAdvice(input: unknown): string {
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(String(input));
  if (!dayFirst) return 'gebruik een datum als 2024-10-14';
  const [, day, month, year] = dayFirst as unknown as [string, string, string, string];
  return `schrijf de datum als ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} (jaar-maand-dag)`;
}

/** A calendar day, written 2024-10-14 (YAML makes it a Date). */
export const calendarDate = () => z.date({ error: (issue) => dateAdvice(issue.input) });

/**
 * A calendar date, exact (2024-10-14) or as precise as the source allows (2017-01 or 2017).
 * YAML turns a full date into a Date and leaves the shorter forms as text (or a number, for a bare year).
 */
export const fuzzyDate = z
  .union([z.date(), z.string(), z.number()], {
    error: 'gebruik een datum als 2024-10-14, of 2017-01 of 2017 als de bron niet preciezer is',
  })
  .transform((value, ctx) => {
    const parsed = parseFuzzyDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value)}" is geen datum: gebruik 2024-10-14, of 2017-01 of 2017 als de bron niet preciezer is`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** The span something ran: a start (as precise as known) or at least a length, and perhaps an end. */
export const period = z
  .strictObject({
    start: fuzzyDate.optional().meta({
      title: 'Start',
      description: 'Wanneer het begon: 2024-01-15, of 2024-01 of 2024 als de bron niet preciezer is.',
    }),
    eind: fuzzyDate.optional().meta({
      title: 'Eind',
      description: 'Wanneer het afliep, even precies als de start. Laat leeg als het nog loopt of onbekend is.',
    }),
    duur: line('De duur')
      .optional()
      .meta({ title: 'Duur', description: 'Hoe lang het liep, in woorden (bijvoorbeeld: een half jaar).' }),
  })
  .refine((p) => p.start || p.duur, 'Geef een "start"-datum of een "duur" (bijvoorbeeld: een half jaar)')
  .refine((p) => !p.start || !p.eind || p.start.start <= lastDay(p.eind), 'De einddatum ligt vóór de startdatum');

/** A clock time written as 09:30. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'schrijf een tijd als 09:30');

/** A figure that is either one number or a range (deelnemers: 300, or deelnemers: { van: 25, tot: 60 }). */
export const numberOrRange = (options: { integer: boolean; max?: number }) => {
  let n = z.number({ error: 'moet een getal zijn' }).nonnegative('mag niet negatief zijn');
  if (options.integer) n = n.int('moet een heel getal zijn');
  if (options.max !== undefined) n = n.max(options.max, `mag niet hoger zijn dan ${options.max}`);
  const range = z.strictObject({
    van: n.meta({ title: 'Van', description: 'Het laagste getal; is er één getal, vul het dan bij van en tot in.' }),
    tot: n.meta({ title: 'Tot', description: 'Het hoogste getal; gelijk aan van als er één getal is.' }),
  });
  return z
    .union([n, range], {
      error: 'schrijf één getal, of een bereik als { van: 25, tot: 60 }',
    })
    .transform((value) => (typeof value === 'number' ? { van: value, tot: value } : value))
    .refine((range) => range.van <= range.tot, '"van" moet kleiner zijn dan of gelijk aan "tot"');
};

/**
 * A web address on the open web. zod's url() accepts any scheme, javascript: and data: included, and these
 * addresses become links on the site: only http and https pass.
 */
export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'moet een volledig webadres zijn dat begint met https://',
});

/** Kinds of source, so a reader sees at a glance whether a claim rests on research or on a web page. */
export const sourceKinds = ['onderzoek', 'review', 'praktijkbeschrijving', 'rapport', 'webpagina'] as const;

/** Where a fact comes from: shown as a numbered source list and required on every entry. */
export const source = z.strictObject({
  titel: line('De titel van de bron').meta({
    title: 'Titel',
    description: 'De titel van het rapport, artikel of de webpagina.',
  }),
  url: webAddress.meta({
    title: 'Webadres',
    description: 'Waar de bron te lezen is, beginnend met https://. Een DOI schrijf je als https://doi.org/...',
  }),
  uitgever: line('De uitgever van de bron').meta({
    title: 'Uitgever',
    description: 'De organisatie die de bron uitgaf.',
  }),
  /** Authors, when the source names them (a DOI can go in url as https://doi.org/...). */
  auteurs: line('De auteurs')
    .optional()
    .meta({ title: 'Auteurs', description: 'De namen van de auteurs, als de bron ze noemt.' }),
  jaar: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .meta({ title: 'Jaar', description: 'Het jaar waarin de bron verscheen.' }),
  soort: z
    .enum(sourceKinds, { error: `kies een soort bron uit: ${sourceKinds.join(', ')}` })
    .optional()
    .meta({
      title: 'Soort bron',
      description: 'Onderzoek, een overzichtsstudie, een praktijkbeschrijving, een rapport of een webpagina.',
    }),
});

/** A person in the public role the source gives them (speaker, trainer). */
export const person = z.strictObject({
  naam: line('De naam').meta({ title: 'Naam', description: 'De naam zoals de bron die noemt.' }),
  rol: line('De rol')
    .optional()
    .meta({ title: 'Rol', description: 'De rol of functie die de bron noemt, zoals spreker of trainer.' }),
});

/** How Astro stores a reference() field, and how the editors' check produces it too. */
export interface StoredReference {
  collection: string;
  id: string;
}

/** True for a stored reference: exactly a collection name and an id. */
export const isStoredReference = (value: unknown): value is StoredReference =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as StoredReference).collection === 'string' &&
  typeof (value as StoredReference).id === 'string';

/**
 * What the entry schemas need from outside: in the site, Astro's image() and reference(); in the editors'
 * check (`npm run check`), stand-ins that read the same frontmatter without running Astro.
 */
export interface SchemaTools {
  image: SchemaContext['image'];
  reference: (collection: AnyCollection) => z.ZodType<StoredReference, string>;
}

/**
 * An image with required alt text. `image()` sends it through astro:assets (sharp), which gives it
 * width, height and modern formats.
 */
export const illustration = ({ image }: SchemaTools) =>
  z.strictObject({
    src: image().meta({
      title: 'Afbeelding',
      description: 'Een foto of illustratie (JPG, PNG, WebP of AVIF, hoogstens 10 MB).',
    }),
    alt: line('De alt-tekst van de afbeelding (een korte beschrijving voor wie het beeld niet ziet)').meta({
      title: 'Beschrijving (alt-tekst)',
      description: 'Wat er op het beeld te zien is, in één zin, voor wie het beeld niet ziet. Verplicht.',
    }),
    bijschrift: z
      .string()
      .trim()
      .optional()
      .meta({ title: 'Bijschrift', description: 'Tekst onder het beeld, bijvoorbeeld de maker of de bron.' }),
  });

/**
 * A change to an entry that a reader should know of, noted by the editors in words for readers (GOV.UK's
 * change notes): shown under "Geschiedenis van deze pagina", the latest one as "laatst bijgewerkt".
 */
export const revision = z
  .strictObject({
    datum: calendarDate().meta({ title: 'Datum', description: 'De dag van de wijziging, bijvoorbeeld 2026-10-14.' }),
    notitie: line('De notitie bij de wijziging')
      .max(200, 'De notitie bij de wijziging mag hoogstens 200 tekens hebben: zeg in één zin wat er veranderd is')
      .meta({
        title: 'Notitie',
        description:
          'Wat er voor de lezer veranderd is, in één korte zin, bijvoorbeeld: Resultaten van de evaluatie toegevoegd.',
      }),
  })
  .meta({
    title: 'Wijziging',
    description: 'Een inhoudelijke wijziging: de datum en een korte notitie voor de lezer.',
  });

/** Fields every publishable entry (element, example, report, programme) shares. */
export const entryBase = (tools: SchemaTools) =>
  z.strictObject({
    titel: line('De titel').meta({
      title: 'Titel',
      description: 'Kort en duidelijk. Het adres van de pagina wordt van de titel gemaakt.',
    }),
    samenvatting: paragraphs(
      line('De samenvatting')
        .min(20, 'De samenvatting moet minstens 20 tekens hebben')
        .max(320, 'De samenvatting mag hoogstens 320 tekens hebben: houd haar kort, de rest hoort in de tekst')
        .meta({
          title: 'Samenvatting',
          description: 'Eén of twee zinnen (20 tot 320 tekens). Ze staat op kaarten, in zoekresultaten en in feeds.',
        }),
    ),
    themas: z
      .array(tools.reference('themes'))
      .min(1, 'Noem minstens één thema')
      .meta({ title: "Thema's", description: "Minstens één thema waar dit bij hoort. Kies uit de bestaande thema's." }),
    organisaties: z.array(tools.reference('organisations')).min(1, 'Noem minstens één organisatie').meta({
      title: 'Organisaties',
      description:
        'Minstens één organisatie die hierachter staat of het beschreef. Kies uit de bestaande organisaties.',
    }),
    /** Who wrote the page: its authors when citing it. Unset, the editorial team named in the settings. */
    auteurs: z
      .array(line('Een auteur'))
      .min(1, 'Noem minstens één auteur, of laat het veld weg: dan is de redactie de auteur')
      .optional()
      .meta({
        title: 'Auteurs van deze pagina',
        description:
          'Wie deze pagina schreef, zoals je het in een bronvermelding wilt zien: een persoon als "Jansen, P.", of een team of organisatie bij naam. Laat leeg als de redactie de pagina schreef. Niet de organisaties waar de pagina over gaat.',
      }),
    bronnen: z.array(source).min(1, 'Noem minstens één bron met een link').meta({
      title: 'Bronnen',
      description: 'Waar de informatie vandaan komt: minstens één bron met een webadres. Ze worden genummerd getoond.',
    }),
    afbeelding: illustration(tools).optional().meta({
      title: 'Afbeelding',
      description: 'Een beeld bovenaan de pagina, met een beschrijving voor wie het niet ziet.',
    }),
    gepubliceerd: calendarDate().meta({
      title: 'Gepubliceerd',
      description: 'De dag waarop dit in het archief kwam. Bij een nieuw item is dat vandaag.',
    }),
    wijzigingen: z
      .array(revision)
      .min(1, 'Laat wijzigingen weg als er nog geen inhoudelijke wijziging is')
      .optional()
      .meta({
        title: 'Wijzigingen',
        description:
          'Inhoudelijke wijzigingen na de publicatie, elk met datum en notitie voor de lezer. Een kleine correctie (tikfout) hoeft er niet in.',
      }),
  });
