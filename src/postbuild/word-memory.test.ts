import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digest } from '../digest.ts';
import { indexedWords } from './search-text.ts';
import { wordMemory } from './word-memory.ts';

const dir = mkdtempSync(join(tmpdir(), 'word-memory-'));
const file = join(dir, 'words.json');
afterEach(() => rmSync(file, { force: true }));

const page = (text: string) => `<main data-pagefind-body><h1>Procesregie</h1><p>${text}</p></main>`;
const regie = page('Eigen regie in de zorg, eigen regie.');
const wijk = page('Het wijkteam werkt.');

/** One build's reading of `pages` with the memory, counting the pages the reader parsed. */
function build(pages: string[]) {
  let parsed = 0;
  const memory = wordMemory(file);
  const words = pages.map((html) =>
    memory.words(digest(html), () => {
      parsed++;
      return indexedWords(html);
    }),
  );
  memory.save();
  return { words, parsed, reused: memory.reused };
}

describe('wordMemory', () => {
  it('does not read an unchanged page again, and gives the words reading gives, each once', () => {
    const first = build([regie, wijk]);
    expect(first).toMatchObject({ parsed: 2, reused: 0 });
    expect(first.words[0]).toEqual(['procesregie', 'eigen', 'regie', 'in', 'de', 'zorg']);
    expect(build([regie, wijk])).toEqual({ ...first, parsed: 0, reused: 2 });
  });

  it('reads a changed page', () => {
    build([regie, wijk]);
    const changed = build([regie, page('Het wijkteam werkt samen.')]);
    expect(changed).toMatchObject({ parsed: 1, reused: 1 });
    expect(changed.words[1]).toEqual(['procesregie', 'het', 'wijkteam', 'werkt', 'samen']);
  });

  it('remembers a page under the bytes the index step rewrote it to, and keeps only what this build read', () => {
    const memory = wordMemory(file);
    memory.words(digest(regie), () => indexedWords(regie));
    const marked = regie.replace('<main data-pagefind-body', '$& data-pagefind-meta="woorddelen:team"');
    memory.rewritten(digest(regie), digest(marked));
    memory.save();
    expect(build([marked])).toMatchObject({ parsed: 0, reused: 1 });
    // The build before this one read only the marked page: the unmarked one is forgotten.
    expect(build([regie])).toMatchObject({ parsed: 1, reused: 0 });
  });

  it('ignores a memory written by another reader or in an older format, or unreadable', () => {
    build([regie]);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { reader: string };
    writeFileSync(file, JSON.stringify({ ...stored, reader: 'another' }));
    expect(build([regie])).toMatchObject({ parsed: 1, reused: 0 });
    // The link memory's layout (parser, strings, pages of positions), as an older format would be.
    writeFileSync(file, JSON.stringify({ parser: 'x', strings: ['regie'], pages: { [digest(regie)]: [[0], []] } }));
    expect(build([regie])).toMatchObject({ parsed: 1, reused: 0 });
    writeFileSync(file, '{"reader":');
    expect(build([regie])).toMatchObject({ parsed: 1, reused: 0 });
  });

  it('reads every page without a file', () => {
    const memory = wordMemory(undefined);
    memory.words(digest(regie), () => indexedWords(regie));
    memory.save();
    expect(wordMemory(undefined).words(digest(regie), () => indexedWords(regie))).toContain('regie');
    expect(memory.reused).toBe(0);
  });
});
