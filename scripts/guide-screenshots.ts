/**
 * Screenshots for the editors' guide (.github/CONTRIBUTING.md, "In de browser, met de redactie"): adds a
 * practice example in the browser editor of a built site, on its offline test backend, and saves each step
 * as .github/redactie/stap-N.png, 1000 pixels wide. Not run by the tests; run it after a change to the editor,
 * on a build of the real content: `npx node scripts/guide-screenshots.ts [dist]` (default: dist/, from
 * `npm run build`).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { serveSite } from '../tests/helpers/browser.ts';
import { launchBrowser } from './lib/chromium.ts';
import { fillPracticeExample, openNewEntry, openTestRepo, testRepoFile } from './lib/editor-form.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const contentRoot = join(root, 'content');
const outFolder = join(root, '.github/redactie');
/** The repository path of the content folder, as the editor's configuration names it. */
const contentFolder = relative(root, contentRoot);

/** The entries the pickers list, and the practice examples the collection's list shows. */
const entries = ['themas', 'organisaties', 'werkzame-elementen', 'praktijkvoorbeelden'].flatMap((folder) =>
  readdirSync(join(contentRoot, folder)).map((file): [string, string] => [
    `${contentFolder}/${folder}/${file}`,
    readFileSync(join(contentRoot, folder, file), 'utf8'),
  ]),
);

const site = await serveSite(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1000, height: 700 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  mkdirSync(outFolder, { recursive: true });
  let step = 0;
  // A palette of 128 colours keeps an interface screenshot sharp and well under 150 KB.
  const shoot = async () => {
    const file = join(outFolder, `stap-${++step}.png`);
    await sharp(await page.screenshot({ animations: 'disabled' }))
      .png({ palette: true, colours: 128, effort: 10 })
      .toFile(file);
    console.log(relative(root, file));
  };

  // The sign-in screen as editors see it: the built configuration with the GitHub backend of the site
  // (the CMS asks for config.yml?_=<time>).
  const config = '**/redactie/config.yml*';
  await page.route(config, async (route) => {
    const built = await (await route.fetch()).text();
    const body = built.replace(
      /^backend:\n {2}name: test-repo$/m,
      'backend:\n  name: github\n  repo: wat-werkt/wat-werkt',
    );
    await route.fulfill({ body, contentType: 'application/yaml' });
  });
  await page.goto(`${site.url}/redactie/`);
  await page.getByRole('button', { name: /toegangstoken/i }).waitFor();
  await shoot();
  await page.unroute(config);

  await openTestRepo(page, site.url, entries);
  await page.getByRole('treeitem', { name: 'Praktijkvoorbeelden' }).click();
  // The list is there when it shows a practice example of the content.
  const listed = entries.find(([path]) => path.includes('/praktijkvoorbeelden/'))![1];
  await page.getByText(/^titel: (.*)$/m.exec(listed)![1]!, { exact: true }).waitFor();
  await shoot();
  await openNewEntry(page, site.url, 'praktijkvoorbeelden');
  await page.getByRole('textbox', { name: 'Titel', exact: true }).first().scrollIntoViewIfNeeded();
  await shoot();
  await fillPracticeExample(page, {
    titel: 'Samen aan tafel in de wijk',
    samenvatting:
      'Wijkteam en schuldhulp gaven elk gezin met schulden één vaste contactpersoon, die alle hulp afstemde.',
    thema: 'Armoede en schulden',
    organisatie: 'Movisie',
    werkzaamElement: 'Vaste contactpersoon',
    bron: { titel: 'Evaluatie Samen aan tafel', url: 'https://www.movisie.nl/', uitgever: 'Movisie' },
    gepubliceerd: '2026-11-20',
    regio: 'Utrecht',
    gemeente: 'Utrecht',
    duur: 'twee jaar',
    probleem: 'Gezinnen met schulden kregen hulp van vijf loketten tegelijk en haakten af.',
    aanpak: 'Eén vaste contactpersoon nam de regie over alle hulp en kwam bij het gezin thuis.',
    resultaat: 'Minder gezinnen vielen uit en hun schulden groeiden niet verder.',
    uitkomst: { wat: 'Uitval uit de schuldhulp', resultaat: 'van 30 naar 12 procent', door: 'Eigen verslag' },
    les: 'Begin met één gezicht voor het hele gezin.',
    kop: 'Hoe het begon',
    alinea: 'Een wijkverpleegkundige zag dezelfde gezinnen steeds terugkomen bij het loket.',
  });
  await page.getByRole('textbox', { name: 'Titel', exact: true }).first().scrollIntoViewIfNeeded();
  await shoot();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Item opgeslagen').waitFor();
  if (!(await testRepoFile(page, `${contentFolder}/praktijkvoorbeelden/samen-aan-tafel-in-de-wijk.md`)))
    throw new Error('The editor said it saved, but wrote no file');
  await shoot();
} finally {
  await browser.close();
  await site.stop();
}
