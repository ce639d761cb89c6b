/**
 * The "Kopieer" button of "Citeer deze pagina" in a real browser, under the site's Content-Security-Policy:
 * with JavaScript it appears and puts the APA reference on the clipboard, as plain text, without a policy
 * violation; without JavaScript it is not there and the reference is still on the page.
 */
import { expect, it } from 'vitest';
import { usePage } from '../helpers/browser.ts';
import { page as builtPage, sites, text } from '../helpers/sites.ts';

const site = usePage(sites.fixture.dist);
const path = '/werkzame-elementen/regie-op-maat/';
const reference = text(builtPage('fixture', path), '#apa-verwijzing');

it('copies the APA reference with one click, and says so', async () => {
  const { page } = site;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.addInitScript(() => {
    (window as { violations?: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as { violations?: string[] }).violations!.push(event.effectiveDirective),
    );
  });
  await page.goto(`${site.url}${path}`);
  const button = page.getByRole('button', { name: 'Kopieer' });
  await button.click();
  await expect.poll(() => page.getByRole('status').innerText()).toBe('Gekopieerd.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
  expect(reference).toMatch(/^Jansen, P\. & Kennisteam Testdorp\. \(2026, 1 februari\)\. Regie op maat\. Wat Werkt\. /);
  expect(await page.evaluate(() => (window as { violations?: string[] }).violations)).toEqual([]);
});

it('shows no button without JavaScript, and the reference still', async () => {
  const context = await site.page.context().browser()!.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  expect(await page.getByRole('button', { name: 'Kopieer' }).count()).toBe(0);
  expect(await page.locator('[data-copy-citation]').isVisible()).toBe(false);
  expect((await page.locator('#apa-verwijzing').innerText()).replace(/\s+/g, ' ').trim()).toBe(reference);
  await context.close();
});
