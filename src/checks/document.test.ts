/**
 * Bodies too large or too deep to check are refused in Dutch, with file and line, before the parser
 * spends its time on them (the build runs the same check: integrations/content-guard.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkDocument, maxBodyLength, maxLineLength, maxNesting } from './document.ts';
import { formatProblem } from './problems.ts';

const folder = mkdtempSync(join(tmpdir(), 'wat-werkt-document-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const check = (name: string, text: string) => {
  writeFileSync(join(folder, name), text);
  const started = performance.now();
  const problems = checkDocument(join(folder, name), `content/verslagen/${name}`).problems.map(formatProblem);
  return { problems, millis: performance.now() - started };
};

it('refuses a line of 200,000 emphasis pairs at once, and a long line under the size cap by its line', () => {
  const issue = check('nadruk.md', `## Kop\n\nTekst.\n${'*a* '.repeat(200_000)}\n`);
  expect(issue.problems).toEqual([
    `content/verslagen/nadruk.md: het bestand is 800016 tekens lang; meer dan ${maxBodyLength} kan niet. Verdeel de tekst over meer items, of kort hem in.`,
  ]);
  expect(issue.millis).toBeLessThan(1_000);
  const { problems } = check('regel.md', `## Kop\n\nTekst.\n${'*a* '.repeat(2_000)}\n`);
  expect(problems).toEqual([
    `content/verslagen/regel.md:4: deze regel is 8000 tekens lang; meer dan ${maxLineLength} kan niet. Zet een regeleinde tussen zinnen (een enkel regeleinde houdt de alinea heel), of begin een nieuwe alinea met een lege regel.`,
  ]);
});

it('refuses a body longer than the cap, whatever its lines', () => {
  const { problems } = check('lang.md', 'Een zin van een redelijke lengte.\n'.repeat(maxBodyLength / 20));
  expect(problems).toEqual([
    `content/verslagen/lang.md: het bestand is ${(maxBodyLength / 20) * 34} tekens lang; meer dan ${maxBodyLength} kan niet. Verdeel de tekst over meer items, of kort hem in.`,
  ]);
});

it('refuses nesting deeper than the cap instead of crashing, in .md and .mdx', () => {
  for (const name of ['diep.md', 'diep.mdx']) {
    const { problems } = check(name, `## Kop\n\n${'>'.repeat(4_000)} x\n`);
    expect(problems).toEqual([
      `content/verslagen/${name}:3: de tekst is hier meer dan ${maxNesting} lagen diep genest (citaten in citaten, lijsten in lijsten). Maak de opbouw eenvoudiger.`,
    ]);
  }
});

it('accepts ordinary nesting and long lines under the cap', () => {
  const { problems } = check('gewoon.md', `## Kop\n\n${'> '.repeat(20)}citaat\n\n${'woord '.repeat(800)}\n`);
  expect(problems).toEqual([]);
});
