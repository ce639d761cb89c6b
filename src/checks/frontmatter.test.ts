import { parseDocument } from 'yaml';
import { beforeEach, expect, it, vi } from 'vitest';
import { readFrontmatter } from './frontmatter.ts';

// The second YAML parser, counted: the check should need it only where the first cannot tell.
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return { ...yaml, parseDocument: vi.fn(yaml.parseDocument) };
});
beforeEach(() => {
  vi.mocked(parseDocument).mockClear();
});

const read = (text: string) => {
  const problems: [number, string][] = [];
  const frontmatter = readFrontmatter(text, 2, (line, message) => problems.push([line, message]));
  return { frontmatter, problems };
};

it('reads a plain data block without the second parser, and asks it for a line only when a problem needs one', () => {
  const { frontmatter, problems } = read(
    'titel: Vaste ankerpersoon\nthemas: [wijkteams, geldzorgen]\ngepubliceerd: 2024-10-14',
  );
  expect(problems).toEqual([]);
  expect(frontmatter?.data).toMatchObject({ titel: 'Vaste ankerpersoon', themas: ['wijkteams', 'geldzorgen'] });
  expect(parseDocument).not.toHaveBeenCalled();

  expect(frontmatter?.lineOf(['themas', 1])).toBe(3);
  expect(frontmatter?.lineOf(['gepubliceerd'])).toBe(4);
  expect(parseDocument).toHaveBeenCalledTimes(1);
});

it('still finds anchors, aliases, impossible dates and long lists, each on its line', () => {
  expect(read('titel: &a Tekst\nextra: *a').problems.map(([line]) => line)).toEqual([2, 3]);
  expect(read('titel: Tekst\ngepubliceerd: 2024-02-30').problems).toEqual([
    [3, expect.stringContaining('2024-02-30 bestaat niet in de kalender')],
  ]);
  const list = Array.from({ length: 201 }, (_, i) => `  - punt ${i}`).join('\n');
  expect(read(`titel: Tekst\nlessen:\n${list}`).problems).toEqual([[4, expect.stringContaining('201 onderdelen')]]);
});

it('accepts an impossible date that is quoted, which is text, not a date', () => {
  const { frontmatter, problems } = read('titel: "2024-02-30 was geen dag"');
  expect(problems).toEqual([]);
  expect(frontmatter?.data).toEqual({ titel: '2024-02-30 was geen dag' });
});
