/**
 * The benchmark's generated archive: deterministic, valid against the schemas, and buildable, so
 * `npm run bench` cannot rot between the large runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../scripts/bench/generate.ts';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { buildSite, outputRoot } from './helpers/sites.ts';

const snapshot = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => [file, file.includes('.') ? readFileSync(join(root, file), 'utf8') : '']);

describe('the generated archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
  generateArchive(root, 50);

  it('is the same for the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'wat-werkt-generated-'));
    generateArchive(again, 50);
    expect(snapshot(again)).toEqual(snapshot(root));
    rmSync(again, { recursive: true });
  });

  it('passes the content check and builds', () => {
    expect(checkContent(root).map(formatProblem)).toEqual([]);
    const build = buildSite(root, join(outputRoot, 'generated-dist'));
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toMatch(/Indexed \d+ pages/);
  });
});
