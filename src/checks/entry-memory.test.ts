import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkContent } from './content.ts';
import { entryMemory } from './entry-memory.ts';
import { formatProblem } from './problems.ts';

const fixture = join(import.meta.dirname, '../../tests/fixtures/site');
let root: string;
let content: string;
let memoryFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wat-werkt-memory-'));
  content = join(root, 'content');
  memoryFile = join(root, 'cache/check.bin');
  cpSync(fixture, content, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

it('answers from memory exactly what checking gives, lines of problems across files included', () => {
  // Problems of one file (a wrong value) and across files (a missing reference, a duplicate title), whose
  // lines come from the remembered fields.
  edit('verslagen/proefcongres.mdx', (t) => t.replace('soort: congres', 'soort: congress'));
  edit('praktijkvoorbeelden/rustige-post.mdx', (t) =>
    t.replace('werkzameElementen: [vaste-ankerpersoon]', 'werkzameElementen: [vaste-ankerpersoom]'),
  );
  edit('werkzame-elementen/regie-op-maat.mdx', (t) => t.replace('titel: Regie op maat', 'titel: Vaste ankerpersoon'));
  const checked = checkContent(content).map(formatProblem);
  expect(checked.length).toBeGreaterThanOrEqual(3);
  expect(checkContent(content, content, { memoryFile }).map(formatProblem)).toEqual(checked);
  expect(checkContent(content, content, { memoryFile }).map(formatProblem)).toEqual(checked);
});

it('checks again a file whose bytes changed, and every file when an image or the display path changed', () => {
  let runs = 0;
  const checkAll = (shown = 'content') => {
    const memory = entryMemory(memoryFile, content);
    for (const file of ['verslagen/proefcongres.mdx', 'themas/geldzorgen.md'])
      memory.check(join(content, file), join(shown, file), 'x', () => {
        runs++;
        return { problems: [], lineOf: () => 1 };
      });
    memory.save();
    return memory.reused;
  };
  expect(checkAll()).toBe(0);
  expect(checkAll()).toBe(2);
  edit('themas/geldzorgen.md', (t) => `${t}\nNog een zin.\n`);
  expect(checkAll()).toBe(1);
  writeFileSync(join(content, 'praktijkvoorbeelden/nieuw.jpg'), 'een ander beeld');
  expect(checkAll()).toBe(0);
  expect(checkAll('elders')).toBe(0);
  expect(runs).toBe(2 + 1 + 2 + 2);
});

it("asks a file's lines only when a problem needs one, checking a remembered file again for them", () => {
  const file = join(content, 'themas/geldzorgen.md');
  const asked: string[] = [];
  let runs = 0;
  const run = () => {
    runs++;
    return { problems: [], lineOf: (path: readonly (string | number)[]) => (asked.push(path.join('.')), 7) };
  };
  const first = entryMemory(memoryFile, content);
  first.check(file, file, 'themes', run);
  first.save();
  expect(asked).toEqual([]);

  const remembered = entryMemory(memoryFile, content).check(file, file, 'themes', run);
  expect(runs).toBe(1);
  expect(remembered.lineOf?.(['titel'])).toBe(7);
  expect(remembered.lineOf?.(['omschrijving'])).toBe(7);
  expect(runs).toBe(2);
  expect(asked).toEqual(['titel', 'omschrijving']);
});
