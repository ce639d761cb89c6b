/**
 * `npm run new`: starts a new entry from the template of its type, with a file name made from the title
 * and today's date filled in. Asks for what is not given:
 *   npm run new -- --soort verslag --titel "Congres over schulden 2027"
 * Refuses a title whose file name (the page's address) already exists.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { settings } from '../src/settings.ts';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { slug } from 'github-slugger';
import { todayInAmsterdam } from '../src/lib/build-date.ts';
import { collectionInfo, entryCollections } from '../src/schemas/collections.ts';
import { entryIdFromPath } from '../src/lib/content-files.ts';

/** The kinds an editor names (werkzaam-element, praktijkvoorbeeld, …) and the folder each goes in. */
const types: Record<string, string> = Object.fromEntries(
  entryCollections.map((collection) => [slug(collectionInfo[collection].singular), collectionInfo[collection].folder]),
);

const { values } = parseArgs({
  options: { soort: { type: 'string' }, titel: { type: 'string' }, map: { type: 'string' } },
});
const contentRoot = resolve(values.map ?? settings.contentRoot);

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) return '';
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(question);
  prompt.close();
  return answer.trim();
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const kind = values.soort ?? (await ask(`Soort (${Object.keys(types).join(', ')}): `));
const folder = types[kind] ?? fail(`Onbekende soort "${kind}". Kies uit: ${Object.keys(types).join(', ')}.`);
const title =
  (values.titel ?? (await ask('Titel: '))).trim() ||
  fail('Geef een titel, bijvoorbeeld: --titel "Congres over schulden 2027".');

const id = slug(title);
if (!id) fail(`Van de titel "${title}" kan geen bestandsnaam gemaakt worden. Gebruik letters of cijfers.`);
const dir = join(contentRoot, folder);
const existing = existsSync(dir) ? globSync('**/*.{md,mdx}', { cwd: dir }) : [];
const clash = existing.find((file) => entryIdFromPath(file) === id);
if (clash)
  fail(`${join(relative(process.cwd(), dir), clash)} bestaat al. Kies een andere titel, of werk dat bestand bij.`);

const today = todayInAmsterdam();
const template = readFileSync(join(import.meta.dirname, 'templates', `${folder}.md`), 'utf8');
// Titles are quoted in YAML, so a colon or quote in the title cannot break the frontmatter.
const content = template.replaceAll('{{titel}}', JSON.stringify(title)).replaceAll('{{vandaag}}', today);
mkdirSync(dir, { recursive: true });
// Plain Markdown: Astro renders and caches it with the content; only a file that uses a building block
// (Kader, Citaat, Kerncijfer, Video) needs to be .mdx, which the build compiles as a module of its own.
const file = join(dir, `${id}.md`);
writeFileSync(file, content);

console.log(`Aangemaakt: ${relative(process.cwd(), file)}`);
console.log('Vul de velden in, vervang de voorbeeldteksten en controleer met: npm run check');
console.log('Wil je een bouwsteen gebruiken (Kader, Citaat, Kerncijfer, Video)? Hernoem het bestand dan naar .mdx.');
