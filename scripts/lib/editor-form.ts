/**
 * Driving the browser editor (/redactie/, Sveltia CMS) on its offline test backend as an editor would, for the
 * browser test that adds a practice example and for the screenshots of the editors' guide. The test backend
 * keeps the repository in the browser's private file system (OPFS), in one folder per origin.
 */
import type { Page } from 'playwright-core';

const storeFolder = 'sveltia-cms-test';

/** Writes files (path in the repository, text) into the test backend's repository. */
export const seedTestRepo = (page: Page, files: [string, string][]) =>
  page.evaluate(
    async ({ storeFolder, files }) => {
      const store = await (await navigator.storage.getDirectory()).getDirectoryHandle(storeFolder, { create: true });
      for (const [path, text] of files) {
        const parts = path.split('/');
        let folder = store;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { storeFolder, files },
  );

/** A file in the test backend's repository, or null while it is not there. */
export const testRepoFile = (page: Page, path: string) =>
  page.evaluate(
    async ({ storeFolder, path }) => {
      try {
        let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(storeFolder);
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return null;
      }
    },
    { storeFolder, path },
  );

/**
 * Opens the editor at `siteUrl` with files already in its repository (the private file system belongs to
 * the origin, so they are written from another page of the site first) and chooses the test repository.
 */
export async function openTestRepo(page: Page, siteUrl: string, files: [string, string][]) {
  await page.goto(`${siteUrl}/`);
  await seedTestRepo(page, files);
  await page.goto(`${siteUrl}/redactie/`);
  await page.getByRole('button', { name: 'Werken met een testrepository' }).click();
  await page.getByRole('button', { name: /Nieuw/ }).first().waitFor();
}

/** Opens the new-entry form of a collection (its folder name) and waits until every field is there. */
export async function openNewEntry(page: Page, siteUrl: string, collection: string) {
  await page.goto(`${siteUrl}/redactie/#/collections/${collection}/new`);
  await page.getByRole('textbox', { name: 'Titel' }).first().waitFor();
  // The form takes its defaults just after it opens: a value typed before would be overwritten.
  await page.waitForTimeout(500);
  // Fields render as they scroll into view: scroll down until the body text, the last field, is there, by
  // half a screen at a time (a field scrolled past between two frames would never render).
  const body = page.getByRole('textbox', { name: 'Tekst' });
  const { height } = page.viewportSize()!;
  for (let scrolls = 0; !(await body.count()); scrolls++) {
    if (scrolls === 200) throw new Error(`The form of ${collection} never showed its body text`);
    await page.mouse.move(300, height / 2);
    await page.mouse.wheel(0, height / 2);
    await body.waitFor({ state: 'attached', timeout: 200 }).catch(() => {});
  }
}

/**
 * Picks `option` in a choice field: the form shows a few choices as checkboxes and more as a drop-down list
 * (Sveltia's threshold is five).
 */
async function pick(page: Page, field: string, option: string) {
  const checkbox = page.getByRole('checkbox', { name: option, exact: true });
  if (await checkbox.count()) return checkbox.click();
  await page.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** What an editor enters for a practice example; the picks are titles as the form lists them. */
export interface PracticeExampleInput {
  titel: string;
  samenvatting: string;
  thema: string;
  organisatie: string;
  werkzaamElement: string;
  bron: { titel: string; url: string; uitgever: string };
  /** YYYY-MM-DD */
  gepubliceerd: string;
  regio: string;
  gemeente: string;
  duur: string;
  probleem: string;
  aanpak: string;
  resultaat: string;
  uitkomst: { wat: string; resultaat: string; door: string };
  les: string;
  /** The body: a level-2 heading and a paragraph below it. */
  kop: string;
  alinea: string;
}

/**
 * Fills the open new-entry form of a practice example: every template placeholder typed over, the picks
 * clicked in the lists, a municipality added, the body's text replaced (a heading by the Markdown shortcut).
 */
export async function fillPracticeExample(page: Page, entry: PracticeExampleInput) {
  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  await textbox('Titel').first().fill(entry.titel);
  await textbox('Samenvatting').fill(entry.samenvatting);
  await pick(page, "Thema's", entry.thema);
  await pick(page, 'Organisaties', entry.organisatie);
  // The source's title is the form's second "Titel"; the template's source is a placeholder, every field replaced.
  await textbox('Titel').nth(1).fill(entry.bron.titel);
  await textbox('Webadres').fill(entry.bron.url);
  await textbox('Uitgever').fill(entry.bron.uitgever);
  await textbox('Gepubliceerd').fill(entry.gepubliceerd);
  await pick(page, 'Regio', entry.regio);
  await page.getByRole('button', { name: /Gemeenten.*toevoegen/ }).click();
  await textbox('Gemeenten').fill(entry.gemeente);
  await textbox('Duur').fill(entry.duur);
  await pick(page, 'Werkzame elementen', entry.werkzaamElement);
  await textbox('Probleem').fill(entry.probleem);
  await textbox('Aanpak').fill(entry.aanpak);
  // The practice example's result, then the outcome's.
  await textbox('Resultaat').nth(0).fill(entry.resultaat);
  await textbox('Wat').fill(entry.uitkomst.wat);
  await textbox('Resultaat').nth(1).fill(entry.uitkomst.resultaat);
  await page.getByRole('radio', { name: entry.uitkomst.door, exact: true }).click();
  await textbox('Lessen').fill(entry.les);
  const body = textbox('Tekst').first();
  await body.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(`## ${entry.kop}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(entry.alinea);
  await body.locator('h2').getByText(entry.kop).waitFor();
}
