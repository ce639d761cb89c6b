/**
 * A synthetic archive for benchmarks: N entries spread over the four collections, deterministic (same seed,
 * same files), valid against the schemas, with Dutch-like text, references across collections and a mix
 * of plain Markdown (.md) and MDX with components. Written to a folder of its own, never to content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { vocabularies } from '../../src/schemas/vocabularies.ts';
import { fieldWords, zipfWords } from './vocabulary.ts';

/** One entry in this many carries an image (a unique one, so image processing scales with the archive). */
const IMAGE_EVERY = 200;

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same archive. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const themes = ['armoede', 'toegang', 'jeugd', 'werk', 'zorg', 'wonen', 'participatie', 'preventie'];
const organisations = Array.from({ length: 40 }, (_, i) => `organisatie-${i}`);
const folders = ['werkzame-elementen', 'praktijkvoorbeelden', 'verslagen', 'programmas'] as const;

export async function generateArchive(root: string, entries: number, seed = 42) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Vocabulary values by position, not from the random stream, so the archive is otherwise what it was.
  const cycle = (vocabulary: Record<string, string>, i: number) =>
    Object.keys(vocabulary)[i % Object.keys(vocabulary).length];
  const word = zipfWords();
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(next() * 10) }, () => word(next)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (n = 5) => Array.from({ length: n }, sentence).join(' ');
  const elementCount = Math.max(10, Math.round(entries / 40));
  const day = (i: number) => {
    const date = new Date(Date.UTC(2012 + (i % 14), i % 12, 1 + (i % 27)));
    return date.toISOString().slice(0, 10);
  };

  const images: Promise<unknown>[] = [];
  rmSync(root, { recursive: true, force: true });
  for (const folder of [...folders, 'themas', 'organisaties']) mkdirSync(join(root, folder), { recursive: true });
  for (const theme of themes) {
    writeFileSync(
      join(root, 'themas', `${theme}.md`),
      `---\ntitel: Thema ${theme}\nomschrijving: ${sentence()}\n---\n`,
    );
  }
  for (const organisation of organisations) {
    writeFileSync(
      join(root, 'organisaties', `${organisation}.md`),
      `---\nnaam: Organisatie ${organisation.slice(12)}\nsoort: kennisinstituut\nomschrijving: ${sentence()}\nwebsite: https://${organisation}.example/\n---\n`,
    );
  }

  for (let i = 0; i < entries; i++) {
    const folder = i < elementCount ? 'werkzame-elementen' : folders[1 + (i % 3)]!;
    const base = [
      `titel: ${pick(fieldWords)} ${word(next)} ${i}`,
      `samenvatting: ${sentence()} ${sentence()}`.slice(0, 300),
      `themas: [${pick(themes)}, ${pick(themes)}]`.replace(/\[(\w+), \1\]/, '[$1]'),
      `organisaties: [${pick(organisations)}]`,
      'bronnen:',
      `  - titel: Bron ${i}`,
      `    url: https://bron.example/${i}`,
      '    uitgever: Proefuitgever',
      `gepubliceerd: ${day(i)}`,
    ];
    const element = () => `element-${Math.floor(next() * elementCount)}`;
    const extra: Record<string, string[]> = {
      'werkzame-elementen': [
        `waaromHetWerkt: ${sentence()}`,
        `watVraagtHet: ${sentence()}`,
        `voorwaarden: [${pick(fieldWords)}, ${pick(fieldWords)}]`,
        `laatstGecontroleerd: ${day(i)}`,
        `doelgroepen: [${cycle(vocabularies.doelgroepen, i)}]`,
      ],
      praktijkvoorbeelden: [
        `regio: ${cycle(vocabularies.regios, i)}`,
        `regioToelichting: In de wijk ${pick(fieldWords)}`,
        `doelgroepen: [${cycle(vocabularies.doelgroepen, i)}]`,
        `periode:\n  start: ${day(i).slice(0, 7)}`,
        `werkzameElementen: [${element()}]`,
        `probleem: ${sentence()}`,
        `aanpak: ${sentence()}`,
        `resultaat: ${sentence()}`,
      ],
      verslagen: [
        `soort: ${pick(['congres', 'themabijeenkomst', 'leernetwerk', 'webinar'])}`,
        `datum: ${day(i)}`,
        `deelnemers: ${20 + Math.floor(next() * 300)}`,
        `werkzameElementen: [${element()}]`,
      ],
      programmas: [
        `soort: ${pick(['opleiding', 'leernetwerk', 'werkplaats'])}`,
        `status: ${pick(['open', 'vol', 'afgelopen'])}`,
        'doelgroep: Professionals in het sociaal domein',
        `onderdelen:\n  - titel: Module 1\n    data:\n      - datum: ${day(i)}\n        vorm: op-locatie`,
        `aanmelden:\n  url: https://aanmelden.example/${i}`,
        `werkzameElementen: [${element()}]`,
      ],
    };
    // Element ids are their file names: the first elementCount entries are elements 0, 1, ...
    const id = folder === 'werkzame-elementen' ? `element-${i}` : `${folder}-${i}`;
    const mdx = i % 10 === 0;
    const list = (n: number) => Array.from({ length: n }, () => `- ${sentence()}`).join('\n');
    // About 630 words, like the corpus of the first measurements.
    const body = [
      '## Achtergrond',
      paragraph(6),
      paragraph(6),
      // Headings no type retells from its fields (src/checks/story-headings.ts refuses "Aanpak", "Resultaat").
      '## In de praktijk',
      list(4),
      paragraph(6),
      ...(mdx ? [`<Kader soort="tip">${sentence()}</Kader>`] : []),
      '### Uitvoering',
      paragraph(6),
      '## Ervaringen',
      paragraph(6),
      paragraph(6),
      '## Wat we leerden',
      list(4),
      paragraph(5),
    ].join('\n\n');
    const image = i % IMAGE_EVERY === 7 ? `${id}.jpg` : undefined;
    if (image) images.push(writeImage(join(root, folder, image), next));
    const illustration = image ? [`afbeelding:\n  src: ./${image}\n  alt: Gekleurde vlakken, proefbeeld ${i}`] : [];
    writeFileSync(
      join(root, folder, `${id}.${mdx ? 'mdx' : 'md'}`),
      `---\n${[...base, ...illustration, ...extra[folder]!].join('\n')}\n---\n\n${body}\n`,
    );
  }
  await Promise.all(images);
}

/** A unique 640×400 photo-sized JPEG: coloured shapes drawn from the same random sequence as the text. */
function writeImage(path: string, next: () => number) {
  const colour = () => `hsl(${Math.floor(next() * 360)} 60% ${30 + Math.floor(next() * 40)}%)`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400">
    <rect width="640" height="400" fill="${colour()}"/>
    <circle cx="${Math.floor(next() * 640)}" cy="${Math.floor(next() * 400)}" r="${60 + Math.floor(next() * 120)}" fill="${colour()}"/>
    <rect x="${Math.floor(next() * 400)}" y="${Math.floor(next() * 200)}" width="240" height="160" fill="${colour()}"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(path);
}
