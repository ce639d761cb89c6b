/**
 * The benchmark's generated archive: deterministic, valid against the schemas, and buildable, so
 * `npm run bench` cannot rot between the large runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../scripts/bench/generate.ts';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { buildSite, outputRoot } from './helpers/sites.ts';

const snapshot = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => [file, file.includes('.') ? readFileSync(join(root, file), 'utf8') : '']);

describe('the generated archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
  beforeAll(() => generateArchive(root, 50));

  it('is the same for the same seed', async () => {
    const again = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
    await generateArchive(again, 50);
    expect(snapshot(again)).toEqual(snapshot(root));
    rmSync(again, { recursive: true });
  });

  it('reads like a real archive: about 630 words an entry, thousands of distinct words, some images', () => {
    const bodies = snapshot(root)
      .filter(([file]) => /\.mdx?$/.test(file!) && /^(verslagen|praktijkvoorbeelden|programmas|werkzame)/.test(file!))
      .map(([, text]) => text!.split('\n---\n')[1]!);
    const words = bodies.flatMap((body) => body.toLowerCase().match(/\p{L}+/gu) ?? []);
    expect(words.length / bodies.length).toBeGreaterThan(580);
    expect(words.length / bodies.length).toBeLessThan(700);
    expect(new Set(words).size).toBeGreaterThan(2_000);
    expect(snapshot(root).filter(([file]) => file!.endsWith('.jpg')).length).toBeGreaterThan(0);
  });

  it('passes the content check and builds', () => {
    expect(checkContent(root).map(formatProblem)).toEqual([]);
    const build = buildSite(root, join(outputRoot, 'generated-dist'));
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toMatch(/Indexed \d+ pages/);
  });
});
