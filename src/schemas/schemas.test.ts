import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorSchemaTools } from './index.ts';
import { line } from './common.ts';
import { eventReportSchema } from './event-report.ts';
import { organisationSchema } from './organisation.ts';
import { practiceExampleSchema } from './practice-example.ts';
import { programmeSchema } from './programme.ts';
import { workingElementSchema } from './working-element.ts';

// The editors' check's stand-ins for Astro's image() and reference(): the same ones `npm run check` uses.
const context = editorSchemaTools;

const base = {
  titel: 'Een titel',
  samenvatting: 'Een samenvatting die lang genoeg is.',
  themas: ['armoede-en-schulden'],
  organisaties: ['k2'],
  bronnen: [{ titel: 'Bron', url: 'https://example.org/bron', uitgever: 'K2' }],
  gepubliceerd: new Date('2026-11-23'),
};

/** The problems zod reports, as "field: message" lines. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('working element schema', () => {
  const valid = {
    ...base,
    waaromHetWerkt: 'Omdat.',
    watVraagtHet: 'Tijd.',
    voorwaarden: ['Ruimte'],
    laatstGecontroleerd: new Date('2026-11-23'),
  };

  it('accepts a complete entry and turns references into ids', () => {
    const data = workingElementSchema(context).parse(valid);
    expect(data.themas).toEqual([{ id: 'armoede-en-schulden', collection: 'themes' }]);
    expect(data.gerelateerd).toEqual([]);
  });

  it('names each missing or wrong field', () => {
    const { samenvatting: _, ...withoutSummary } = valid;
    expect(problems(workingElementSchema(context), { ...withoutSummary, voorwaarden: [], themas: [] })).toEqual([
      'samenvatting: De samenvatting is verplicht',
      'themas: Noem minstens één thema',
      'voorwaarden: Noem minstens één voorwaarde waaronder het element werkt',
    ]);
  });

  it('rejects fields it does not know, so typos do not pass silently', () => {
    expect(problems(workingElementSchema(context), { ...valid, thema: ['x'] })).toEqual([
      ': Unrecognized key: "thema"',
    ]);
  });

  it('requires alt text on an image', () => {
    expect(problems(workingElementSchema(context), { ...valid, afbeelding: { src: './foto.jpg' } })).toEqual([
      'afbeelding.alt: De alt-tekst van de afbeelding (een korte beschrijving voor wie het beeld niet ziet) is verplicht',
    ]);
    expect(
      problems(workingElementSchema(context), { ...valid, afbeelding: { src: './foto.jpg', alt: '  ' } }),
    ).toHaveLength(1);
  });
});

describe('event report schema', () => {
  const valid = { ...base, soort: 'congres', datum: '2017-01', deelnemers: 300, waardering: 7.8 };

  it('accepts month precision and normalises figures to ranges', () => {
    const data = eventReportSchema(context).parse(valid);
    expect(data.datum).toMatchObject({ precision: 'month', iso: '2017-01' });
    expect(data.deelnemers).toEqual({ van: 300, tot: 300 });
    expect(data.waardering).toEqual({ van: 7.8, tot: 7.8 });
  });

  it('lists the allowed event kinds and rejects impossible figures', () => {
    expect(problems(eventReportSchema(context), { ...valid, soort: 'congress', waardering: 11 })).toEqual([
      'soort: kies één van: congres, conferentie, actualiteitencollege, themabijeenkomst, wat-werkt-sessie, leernetwerk, werkplaats, webinar',
      'waardering: mag niet hoger zijn dan 10',
    ]);
    expect(problems(eventReportSchema(context), { ...valid, deelnemers: { van: 60, tot: 25 } })).toEqual([
      'deelnemers: "van" moet kleiner zijn dan of gelijk aan "tot"',
    ]);
  });

  it('rejects an end date before the start', () => {
    expect(problems(eventReportSchema(context), { ...valid, eindDatum: '2016' })).toEqual([
      'eindDatum: De einddatum ligt vóór de datum',
    ]);
  });
});

describe('practice example schema', () => {
  const valid = {
    ...base,
    regioToelichting: 'Vier wijken; de bron noemt de gemeente niet.',
    periode: { duur: 'een half jaar' },
    werkzameElementen: ['praktijkbeleid'],
    probleem: 'p',
    aanpak: 'a',
    resultaat: 'r',
  };

  it('accepts a period known only by its length', () => {
    expect(practiceExampleSchema(context).parse(valid).periode).toEqual({ duur: 'een half jaar' });
  });

  it('needs a start or a length, and the working elements applied', () => {
    expect(problems(practiceExampleSchema(context), { ...valid, periode: {}, werkzameElementen: [] })).toEqual([
      'periode: Geef een "start"-datum of een "duur" (bijvoorbeeld: een half jaar)',
      'werkzameElementen: Noem minstens één werkzaam element dat is toegepast',
    ]);
  });
});

describe('evidence on elements and examples', () => {
  const element = {
    ...base,
    waaromHetWerkt: 'Omdat.',
    watVraagtHet: 'Tijd.',
    voorwaarden: ['Ruimte'],
    laatstGecontroleerd: new Date('2026-11-23'),
  };
  const example = {
    ...base,
    periode: { duur: 'een half jaar' },
    werkzameElementen: ['praktijkbeleid'],
    probleem: 'p',
    aanpak: 'a',
    resultaat: 'r',
  };

  it('is "niet beoordeeld" with no knowledge sources, outcomes or caveats unless the entry says otherwise', () => {
    const data = practiceExampleSchema(context).parse(example);
    expect(data.onderbouwing).toEqual({ niveau: 'niet-beoordeeld' });
    expect([data.uitkomsten, data.watNietWerkte, data.kanttekeningen, data.watWeNietWeten, data.doelgroepen]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(workingElementSchema(context).parse(element).kennisbronnen).toEqual([]);
  });

  it('needs the basis, the date and the assessor of an assessed level', () => {
    expect(
      problems(workingElementSchema(context), { ...element, onderbouwing: { niveau: 'goed-onderbouwd' } }),
    ).toEqual(
      ['basis', 'beoordeeldOp', 'beoordeeldDoor'].map(
        (field) =>
          `onderbouwing.${field}: bij een beoordeeld niveau hoort "${field}": noem de bron of erkenning, de datum en wie beoordeelde`,
      ),
    );
    expect(problems(workingElementSchema(context), { ...element, onderbouwing: { niveau: 'bewezen' } })).toEqual([
      'onderbouwing.niveau: kies een niveau uit: niet-beoordeeld, goed-beschreven, goed-onderbouwd, eerste-aanwijzingen, goede-aanwijzingen, sterke-aanwijzingen',
    ]);
  });

  it('refuses a knowledge source that cites a source the entry does not list', () => {
    const kennisbronnen = [{ soort: 'praktijk', stelling: 'Professionals zien het werken.', bronnen: [1, 2] }];
    expect(problems(workingElementSchema(context), { ...element, kennisbronnen })).toEqual([
      'kennisbronnen.0.bronnen.1: bron 2 bestaat niet: dit item heeft 1 bron. Gebruik een nummer uit de lijst "bronnen".',
    ]);
  });

  it('gives a typo in a vocabulary the closest allowed value, and takes only a province or "landelijk" as region', () => {
    expect(
      problems(practiceExampleSchema(context), { ...example, doelgroepen: ['gezinen'], regio: 'Vier wijken' }),
    ).toEqual([
      'regio: "Vier wijken" is geen bekende regio (een provincie, of landelijk). Bedoelde je "groningen"? Kies uit: landelijk, drenthe, flevoland, friesland, gelderland, groningen, limburg, noord-brabant, noord-holland, overijssel, utrecht, zeeland, zuid-holland.',
      'doelgroepen.0: "gezinen" is geen bekende doelgroep. Bedoelde je "gezinnen"? Kies uit: jeugd, gezinnen, volwassenen, ouderen, mensen-met-schulden, mensen-met-een-uitkering, mantelzorgers, professionals, beleidsmakers.',
    ]);
  });

  it('needs what, result and who established each outcome', () => {
    expect(
      problems(practiceExampleSchema(context), {
        ...example,
        uitkomsten: [{ wat: 'Stress', resultaat: 'Minder', door: 'wij' }],
      }),
    ).toEqual(['uitkomsten.0.door: kies wie het vaststelde uit: eigen-verslag, onafhankelijke-evaluatie, onderzoek']);
  });
});

describe('programme schema', () => {
  const valid = {
    ...base,
    soort: 'opleiding',
    status: 'open',
    doelgroep: 'Beleidsmakers',
    aanmelden: { url: 'https://example.org/aanmelden' },
    onderdelen: [
      { titel: 'Module 1', data: [{ datum: new Date('2024-10-14'), vorm: 'op-locatie', van: '09:30', tot: '16:30' }] },
    ],
  };

  it('accepts modules with dated sessions', () => {
    expect(programmeSchema(context).parse(valid).onderdelen[0]!.data[0]!.van).toBe('09:30');
  });

  it('needs a way to apply, known formats and sensible times', () => {
    const session = { datum: new Date('2024-10-14'), vorm: 'hybride', van: '16:30', tot: '9:30' };
    expect(
      problems(programmeSchema(context), { ...valid, aanmelden: {}, onderdelen: [{ titel: 'M', data: [session] }] }),
    ).toEqual([
      'onderdelen.0.data.0.tot: schrijf een tijd als 09:30',
      'onderdelen.0.data.0.vorm: kies één van: op-locatie, online, eigen-werkplek',
      'aanmelden: Geef een e-mailadres of een webadres om je aan te melden of informatie te vragen',
    ]);
  });
});

describe('organisation schema', () => {
  it('accepts only http and https web addresses, never a scheme that runs code or starts a program', () => {
    const refused = ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.nl', 'ms-msdt:/id x', 'search-ms:query=x'];
    for (const website of [...refused, 'file:///C:/x', 'intent://x#Intent;end', 'ms-officecmd:{}', 'tel:+3130']) {
      expect(
        problems(organisationSchema, { naam: 'K2', soort: 'adviesbureau', omschrijving: 'x', website }),
        website,
      ).toEqual(['website: moet een volledig webadres zijn dat begint met https://']);
    }
  });

  it('requires a website and a valid contact address', () => {
    expect(
      problems(organisationSchema, {
        naam: 'K2',
        soort: 'adviesbureau',
        omschrijving: 'x',
        website: 'k2.nl',
        contact: 'geen',
      }),
    ).toEqual([
      'website: moet een volledig webadres zijn dat begint met https://',
      'contact: moet een e-mailadres zijn',
    ]);
  });
});

describe('text fields', () => {
  it('explains the unquoted-colon mistake YAML editors make', () => {
    // YAML reads "- Let op: dit" as a mapping { 'Let op': 'dit' }.
    expect(
      problems(organisationSchema, {
        naam: { 'Let op': 'dit' },
        soort: 'gemeente',
        omschrijving: 'x',
        website: 'https://x.nl',
      }),
    ).toEqual([
      "naam: De naam moet tekst zijn. Staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: '...'",
    ]);
  });
});

describe('single-line fields', () => {
  const breaks = [
    'Wijk\r\nteams',
    'Wijk\nteams',
    'Wijk\rteams',
    'Wijk\u0085teams',
    'Wijk\u2028teams',
    'Wijk\u2029teams',
  ];
  const markup = ['Movisie <img src=x onerror=alert(1)>', 'Een </b> sluittag', 'Een <!-- opmerking -->'];

  it('refuse every kind of line break and HTML, and accept < and > that open no tag', () => {
    const schema = line('De titel');
    for (const value of breaks)
      expect(schema.safeParse(value).error?.issues[0]?.message, JSON.stringify(value)).toMatch(
        /^De titel moet op één regel staan/,
      );
    for (const value of markup)
      expect(schema.safeParse(value).error?.issues[0]?.message, value).toMatch(/^De titel mag geen HTML bevatten/);
    expect(schema.parse('Kinderen < 12 jaar & ouders > 65')).toBe('Kinderen < 12 jaar & ouders > 65');
  });

  it('are titles, names, places and the other texts that other programs show on one line', () => {
    const programme = {
      ...base,
      soort: 'opleiding',
      status: 'open',
      doelgroep: 'Beleid\nmakers',
      plaats: 'Utrecht\r\nBEGIN:VEVENT',
      aanmelden: { url: 'https://example.org/aanmelden' },
      titel: 'Titel\r\nBEGIN:VEVENT',
      samenvatting: 'Een samenvatting die lang genoeg is,\nop twee regels.',
      bronnen: [{ titel: 'Bron\n', url: 'https://example.org/bron', uitgever: 'K2}\nx', auteurs: 'A\u2028B' }],
      begeleiders: [{ naam: 'Piet\nJansen', rol: '<b>trainer</b>' }],
      onderdelen: [
        {
          titel: 'Module\n1',
          data: [{ datum: new Date('2024-10-14'), vorm: 'op-locatie', plaats: 'A\nB', toelichting: 'C\nD' }],
        },
      ],
    };
    expect(problems(programmeSchema(context), programme).map((problem) => problem.split(':')[0])).toEqual([
      'titel',
      'samenvatting',
      'bronnen.0.uitgever',
      'bronnen.0.auteurs',
      'doelgroep',
      'plaats',
      'onderdelen.0.titel',
      'onderdelen.0.data.0.plaats',
      'onderdelen.0.data.0.toelichting',
      'begeleiders.0.naam',
      'begeleiders.0.rol',
    ]);
    expect(
      problems(organisationSchema, {
        naam: 'Movisie\n}}',
        soort: 'gemeente',
        omschrijving: 'x',
        website: 'https://x.nl',
      }),
    ).toEqual([expect.stringMatching(/^naam: De naam moet op één regel staan/)]);
  });
});
