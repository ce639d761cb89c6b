/**
 * One case per rejected construct, parsed by Sätteri (the compiler's own parser), with the exact Dutch
 * message an editor gets; and the allowed components and elements pass.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBody, type Node } from './body-rules.ts';

const check = (source: string, format: 'mdx' | 'md' = 'mdx') =>
  checkBody(
    (format === 'mdx' ? mdxToMdast : markdownToMdast)(source, { features: { gfm: true } }) as unknown as Node,
  ).map((finding) => `${finding.line}: ${finding.message}`);

const refusedScheme =
  "en is niet toegestaan: zo'n link kan een programma of code starten. Gebruik een webadres (https://...), een e-mailadres (mailto:...), een telefoonnummer (tel:...) of een pad op deze site (/...).";

describe('links: only web pages, e-mail, phone and the site itself', () => {
  it('refuses every other scheme, however it is written, in links, definitions and autolinks, in .md and .mdx', () => {
    const schemes = [
      ['ms-msdt:/id PCWDiagnostic', 'ms-msdt'],
      ['search-ms:query=x', 'search-ms'],
      ['file:///C:/Windows/win.ini', 'file'],
      ['intent://scan/#Intent;scheme=x;end', 'intent'],
      ['ms-officecmd:{}', 'ms-officecmd'],
      ['vbscript:msgbox', 'vbscript'],
      ['data:text/html,x', 'data'],
      ['JavaScript:alert(1)', 'javascript'],
      ['ftp://x.nl/', 'ftp'],
    ];
    for (const [url, scheme] of schemes) {
      for (const format of ['md', 'mdx'] as const) {
        expect(check(`[klik](<${url}>)`, format), `${url} in ${format}`).toEqual([
          `1: De link "${url}" begint met "${scheme}:" ${refusedScheme}`,
        ]);
        expect(check(`[klik][x]\n\n[x]: <${url}>`, format), url).toHaveLength(1);
      }
    }
    expect(check('<ms-msdt:/id>', 'md')).toEqual([`1: De link "ms-msdt:/id" begint met "ms-msdt:" ${refusedScheme}`]);
  });

  it('reads a scheme as a browser does, through tabs, line breaks and leading controls', async () => {
    const { linkScheme } = await import('./body-rules.ts');
    expect(linkScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('\u0001 \nms-msdt:x')).toBe('ms-msdt');
    expect(linkScheme('/pad:met-dubbele-punt')).toBeUndefined();
    expect(linkScheme('#bronnen')).toBeUndefined();
  });

  it('allows web addresses, e-mail, phone numbers, paths, relative links and fragments', () => {
    const links = [
      'https://www.movisie.nl',
      'http://x.nl',
      'mailto:info@x.nl',
      'tel:+31301234567',
      '/verslagen/x/',
      './a.pdf',
      '#bronnen',
      '?q=1',
      'HTTPS://X.NL',
    ];
    for (const url of links) expect(check(`[a](${url})`), url).toEqual([]);
  });
});

describe('rejected in MDX', () => {
  const cases: [string, string, string][] = [
    [
      'imports',
      "import X from './x.js'",
      '1: import en export zijn niet toegestaan in inhoud. De componenten Kader, Citaat, Kerncijfer, Video werken zonder import.',
    ],
    [
      'exports',
      'export const a = 1',
      '1: import en export zijn niet toegestaan in inhoud. De componenten Kader, Citaat, Kerncijfer, Video werken zonder import.',
    ],
    [
      'expressions',
      'Som: {1 + 1}',
      '1: Code tussen accolades {1 + 1} is niet toegestaan. Schrijf de tekst of het getal gewoon uit.',
    ],
    [
      'block expressions',
      '{alert(1)}',
      '1: Code tussen accolades {alert(1)} is niet toegestaan. Schrijf de tekst of het getal gewoon uit.',
    ],
    [
      'script',
      '<script>alert(1)</script>',
      '1: Het HTML-element <script> is niet toegestaan in inhoud. Gebruik Markdown, of een van de componenten Kader, Citaat, Kerncijfer, Video.',
    ],
    [
      'iframe, even from a video host',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '1: Het HTML-element <iframe> is niet toegestaan in inhoud. Gebruik Markdown, of een van de componenten Kader, Citaat, Kerncijfer, Video.',
    ],
    [
      'style',
      '<style></style>',
      '1: Het HTML-element <style> is niet toegestaan in inhoud. Gebruik Markdown, of een van de componenten Kader, Citaat, Kerncijfer, Video.',
    ],
    [
      'event handlers',
      '<span onClick="x()">a</span>',
      '1: <span> heeft "onClick": code die bij een klik of andere actie draait is niet toegestaan.',
    ],
    [
      'lowercase event handlers',
      '<abbr title="x" onmouseover="x()">a</abbr>',
      '1: <abbr> heeft "onmouseover": code die bij een klik of andere actie draait is niet toegestaan.',
    ],
    [
      'an unknown attribute that merely starts with "on"',
      '<Kader onderwerp="geld">a</Kader>',
      '1: <Kader> kent de eigenschap "onderwerp" niet. Mogelijk zijn: soort, titel.',
    ],
    [
      'a heading that takes the id of the search box in the header',
      '## Zoek kop\n\nTekst.',
      '1: De kop "Zoek kop" heeft dezelfde naam als een vast onderdeel van de pagina. Kies een andere kop.',
    ],
    [
      'computed attributes',
      '<Kader titel={naam}>a</Kader>',
      '1: <Kader titel={...}>: een berekende waarde is niet toegestaan; schrijf titel="..." met gewone tekst.',
    ],
    [
      'spread attributes',
      '<Kader {...props}>a</Kader>',
      '1: <Kader> heeft een {...}-eigenschap; schrijf elke eigenschap uit als naam="waarde".',
    ],
    [
      'javascript: links',
      '[klik](javascript:alert(1))',
      `1: De link "javascript:alert(1)" begint met "javascript:" ${refusedScheme}`,
    ],
    [
      'javascript: link definitions',
      '[klik][x]\n\n[x]: javascript:alert(1)',
      `3: De link "javascript:alert(1)" begint met "javascript:" ${refusedScheme}`,
    ],
    [
      'unknown components, with a suggestion',
      '<Kadr>a</Kadr>',
      '1: Het component <Kadr> bestaat niet. Bedoelde je <Kader>? Toegestaan zijn: Kader, Citaat, Kerncijfer, Video.',
    ],
    [
      'unknown attributes',
      '<Citaat bron="x" kleur="rood">a</Citaat>',
      '1: <Citaat> kent de eigenschap "kleur" niet. Mogelijk zijn: bron, rol.',
    ],
    [
      'missing required attributes',
      '<Citaat>a</Citaat>',
      '1: <Citaat> mist de eigenschap "bron". Voeg toe: bron="...".',
    ],
    [
      'values outside a list',
      '<Kader soort="gevaar">a</Kader>',
      '1: <Kader soort="gevaar">: kies één van: info, tip, let-op.',
    ],
    [
      'videos from other hosts',
      '<Video url="https://evil.example/v" titel="t" transcript="https://x.nl/t" />',
      '1: <Video url="https://evil.example/v">: video\'s kunnen alleen van YouTube of Vimeo komen.',
    ],
    [
      'non-https addresses',
      '<Video url="https://youtu.be/x" titel="t" transcript="http://x.nl/t" />',
      '1: <Video transcript="http://x.nl/t">: gebruik een volledig webadres dat begint met https://.',
    ],
    ['fragments', '<>a</>', '1: Een leeg element (<>...</>) is niet toegestaan. Laat de haakjes weg.'],
    [
      'images without alt text',
      '![](./foto.jpg)',
      '1: De afbeelding "./foto.jpg" heeft geen alt-tekst. Schrijf een korte beschrijving: ![wat er te zien is](./foto.jpg).',
    ],
    [
      'a second h1',
      '# Titel\n\nTekst.',
      '1: Een kop met één # is niet toegestaan: de titel is al de hoofdkop. Begin koppen in de tekst met ##.',
    ],
    [
      'skipped heading levels',
      '## Een\n\nTekst.\n\n#### Drie\n\nTekst.',
      '5: Deze kop (####) slaat een niveau over na ##. Gebruik ###.',
    ],
    [
      'images from other sites',
      '![Een pixel](https://tracker.example/p.gif)',
      '1: De afbeelding "https://tracker.example/p.gif" komt niet uit de map van dit item. Zet het bestand naast het item en schrijf ![beschrijving](./naam.png): de site laadt niets van andere sites.',
    ],
    [
      'protocol-relative images',
      '![Een pixel](//tracker.example/p.gif)',
      '1: De afbeelding "//tracker.example/p.gif" komt niet uit de map van dit item. Zet het bestand naast het item en schrijf ![beschrijving](./naam.png): de site laadt niets van andere sites.',
    ],
    [
      'image references',
      '![Een pixel][p]\n\n[p]: ./p.gif',
      '1: Schrijf een afbeelding als ![beschrijving](./naam.png), zonder verwijzing tussen [ ].',
    ],
    [
      'names of built-in object properties as elements',
      '<toString />',
      '1: Het HTML-element <toString> is niet toegestaan in inhoud. Gebruik Markdown, of een van de componenten Kader, Citaat, Kerncijfer, Video.',
    ],
    [
      'names of built-in object properties as attributes',
      '<span constructor="x">a</span>',
      '1: <span> kent de eigenschap "constructor" niet.',
    ],
    [
      'a heading that takes a fixed section id',
      '## Bronnen\n\nTekst.',
      '1: De kop "Bronnen" heeft dezelfde naam als een vast onderdeel van de pagina. Kies een andere kop.',
    ],
    [
      'skipped levels inside a component',
      '## Een\n\n<Kader>\n\n#### Diep\n\nTekst.\n\n</Kader>',
      '5: Deze kop (####) slaat een niveau over na ##. Gebruik ###.',
    ],
    [
      'empty sections',
      '## Leeg\n\n## Vol\n\nTekst.',
      '1: Onder deze kop staat geen tekst. Vul de sectie aan of verwijder de kop.',
    ],
  ];
  it.each(cases)('%s', (_, source, message) => {
    expect(check(source)).toEqual([message]);
  });
});

describe('rejected in Markdown (.md)', () => {
  it('raw HTML', () => {
    expect(check('<script>alert(1)</script>', 'md')).toEqual([
      '1: HTML is niet toegestaan in een .md-bestand. Gebruik Markdown.',
    ]);
  });
});

describe('allowed', () => {
  it('the four content components with valid attributes, simple inline HTML and plain Markdown', () => {
    const source = [
      '## Kop',
      '',
      '<Kader soort="let-op" titel="Let op">Tekst.</Kader>',
      '',
      '<Citaat bron="Een deelnemer" rol="wijkcoach">Het werkt.</Citaat>',
      '',
      '<Kerncijfer waarde="7,8" label="waardering" bron="enquête" />',
      '',
      '<Video url="https://www.youtube.com/watch?v=x" titel="Opname" transcript="https://www.movisie.nl/t" duur="5 min" />',
      '',
      '<Kader titel="Data: wat we weten">Tekst.</Kader>',
      '',
      'De <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>, <span lang="en">social return</span>, H<sub>2</sub>O.',
      '',
      '### Tabel',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '![Een grafiek van de deelnemers](./grafiek.png) en [een link](https://www.movisie.nl) en [intern](/verslagen/x/).',
    ].join('\n');
    expect(check(source)).toEqual([]);
  });
});

describe('a body heading that retells a section the page shows from a field', () => {
  const checkAs = (collection: 'practiceExamples' | 'workingElements' | 'eventReports', source: string) =>
    checkBody(markdownToMdast(source, { features: { gfm: true } }) as unknown as Node, { collection }).map(
      (finding) => `${finding.line}: ${finding.message}`,
    );

  it('is refused in a practice example, naming the field the text belongs in', () => {
    expect(
      checkAs(
        'practiceExamples',
        '## De situatie\n\nTekst.\n\n## Aanleiding\n\nTekst.\n\n## Wat het opleverde\n\nTekst.',
      ),
    ).toEqual([
      '5: De kop "Aanleiding" vertelt opnieuw wat de pagina al toont onder "Het probleem" (het veld probleem). Zet die tekst in het veld probleem bovenaan en haal de kop en zijn tekst hier weg.',
      '9: De kop "Wat het opleverde" vertelt opnieuw wat de pagina al toont onder "Het resultaat" (het veld resultaat). Zet die tekst in het veld resultaat bovenaan en haal de kop en zijn tekst hier weg.',
    ]);
  });

  it('is refused in a working element', () => {
    expect(checkAs('workingElements', '## Waarom het werkt\n\nTekst.\n\n## Wat de bron zegt\n\nTekst.')).toEqual([
      '1: De kop "Waarom het werkt" vertelt opnieuw wat de pagina al toont onder "Waarom het werkt" (het veld waaromHetWerkt). Zet die tekst in het veld waaromHetWerkt bovenaan en haal de kop en zijn tekst hier weg.',
      '5: De kop "Wat de bron zegt" vertelt opnieuw wat de pagina al toont onder "Onderbouwing" (het veld kennisbronnen). Zet die tekst in het veld kennisbronnen bovenaan en haal de kop en zijn tekst hier weg.',
    ]);
  });

  it('is allowed where the type has no such field', () => {
    expect(checkAs('eventReports', '## Aanleiding\n\nTekst.\n\n## Resultaat\n\nTekst.')).toEqual([]);
  });
});
