/**
 * An editor adds a practice example in the browser editor (/redactie/ on the fixture site, Sveltia's offline
 * test backend, which keeps the repository in the browser's private file system): typing, picking and adding
 * items as a person would, then saving. The file the form writes is read back from the browser, passes the
 * editors' check (what `npm run check` runs) beside the fixture content, and builds into a page that shows
 * every value entered.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fillPracticeExample,
  openNewEntry,
  openTestRepo,
  testRepoFile,
  type PracticeExampleInput,
} from '../../scripts/lib/editor-form.ts';
import { checkContent } from '../../src/checks/content.ts';
import { formatProblem } from '../../src/checks/problems.ts';
import { usePage } from '../helpers/browser.ts';
import { buildSite, outputRoot, projectRoot, sites } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist, { locale: 'nl-NL' });

const contentFolder = relative(projectRoot, sites.fixture.content);

/** What the editor enters: every value must come back on the built page. */
const entered: PracticeExampleInput = {
  titel: 'Samen sterker in Zuiderveen',
  samenvatting: 'Wijkteam en schuldhulp in Zuiderveen gaven elk gezin met schulden één vaste ankerpersoon.',
  thema: 'Geldzorgen',
  organisatie: 'Gemeente Testdorp',
  werkzaamElement: 'Vaste ankerpersoon',
  bron: {
    titel: 'Evaluatie Samen sterker',
    url: 'https://voorbeeld.nl/evaluatie-samen-sterker',
    uitgever: 'Bureau Meetwerk',
  },
  gepubliceerd: '2026-11-20',
  regio: 'Utrecht',
  gemeente: 'Zuiderveen',
  duur: 'twee jaar',
  probleem: 'Gezinnen met schulden kregen hulp van vijf loketten tegelijk en haakten af.',
  aanpak: 'Eén ankerpersoon nam de regie over alle hulp en kwam bij het gezin thuis.',
  resultaat: 'Minder gezinnen vielen uit en hun schulden groeiden niet verder.',
  uitkomst: { wat: 'Uitval uit de schuldhulp', resultaat: 'van 30 naar 12 procent', door: 'Onafhankelijke evaluatie' },
  les: 'Begin met één gezicht voor het hele gezin.',
  kop: 'Hoe het begon',
  alinea: 'Een wijkverpleegkundige zag dezelfde gezinnen steeds terugkomen bij het loket.',
};
const slug = 'samen-sterker-in-zuiderveen';

/**
 * The entries the form's pickers list, written into the browser's repository as the fixture has them: the
 * collections are Markdown files (.md) as in content/, so the fixture's .mdx entries are stored as .md.
 */
function pickerEntries(): [string, string][] {
  return ['themas', 'organisaties', 'werkzame-elementen'].flatMap((folder) =>
    readdirSync(join(sites.fixture.content, folder)).map((file): [string, string] => [
      `${contentFolder}/${folder}/${file.replace(/\.mdx$/, '.md')}`,
      readFileSync(join(sites.fixture.content, folder, file), 'utf8'),
    ]),
  );
}

const outDir = join(outputRoot, 'editor-create-dist');
const content = mkdtempSync(join(tmpdir(), 'wat-werkt-editor-create-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('adding a practice example in the browser editor', () => {
  it(
    'writes a file that passes the check and builds into a page showing every field entered',
    { timeout: 400_000 },
    async () => {
      const { page } = site;
      await openTestRepo(page, site.url, pickerEntries());
      await openNewEntry(page, site.url, 'praktijkvoorbeelden');
      await fillPracticeExample(page, entered);

      await page.getByRole('button', { name: 'Opslaan' }).click();
      const path = `${contentFolder}/praktijkvoorbeelden/${slug}.md`;
      await expect.poll(() => testRepoFile(page, path)).not.toBeNull();
      const file = (await testRepoFile(page, path))!;

      // The check (npm run check) on the fixture content with the new file beside it.
      cpSync(sites.fixture.content, content, { recursive: true });
      writeFileSync(join(content, 'praktijkvoorbeelden', `${slug}.md`), file);
      expect(checkContent(content).map(formatProblem), file).toEqual([]);

      // Built with a cache of its own, so the shared fixture build is not disturbed.
      const build = buildSite(content, outDir, { env: { WAT_WERKT_CACHE_DIR: `${outDir}-cache` } });
      expect(build.status, build.output.slice(-2000)).toBe(0);
      const $ = load(readFileSync(join(outDir, 'praktijkvoorbeelden', slug, 'index.html'), 'utf8'));
      const main = $('main').text().replace(/\s+/g, ' ');
      expect($('h1').text().trim()).toBe(entered.titel);
      for (const value of [
        entered.samenvatting,
        entered.thema,
        entered.organisatie,
        entered.werkzaamElement,
        entered.bron.titel,
        entered.bron.uitgever,
        entered.regio,
        entered.gemeente,
        entered.duur,
        entered.probleem,
        entered.aanpak,
        entered.resultaat,
        entered.uitkomst.wat,
        entered.uitkomst.resultaat,
        entered.uitkomst.door,
        entered.les,
        entered.alinea,
      ])
        expect(main).toContain(value);
      expect($(`main a[href="${entered.bron.url}"]`).length).toBeGreaterThan(0);
      expect(
        $('main h2')
          .map((_, h) => $(h).text().trim())
          .get(),
      ).toContain(entered.kop);
    },
  );
});
