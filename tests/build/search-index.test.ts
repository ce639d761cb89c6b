/**
 * What Pagefind indexed, read from its own fragment files (gzip: "pagefind_dcd" and JSON), on both sites:
 * a page's indexed text is what result excerpts are cut from, so controls, contact addresses and key-fact
 * labels stay out of it, while the facets (filters) and the names a reader searches for (metadata) stay in.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keyFacts, page, sites } from '../helpers/sites.ts';
import { COMPOUND_PARTS } from '../../src/postbuild/compound-parts.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function fragments(dist: string): Fragment[] {
  return globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map((file) => {
    const bytes = gunzipSync(readFileSync(join(dist, file))).toString('utf8');
    return JSON.parse(bytes.slice(bytes.indexOf('{'))) as Fragment;
  });
}

/** Labels of controls that once made excerpts read like a form. */
const controlLabels = [
  'Zet alle data in je agenda',
  'iCalendar',
  'Website van de aanbieder',
  'Aanmelden en informatie',
  'Kerngegevens',
  'Meer resultaten tonen',
];

describe.each(['fixture', 'real'] as const)('the %s site index', (name) => {
  const indexed = fragments(sites[name].dist);

  it('holds every searchable page', () => {
    expect(indexed.length).toBeGreaterThan(name === 'real' ? 25 : 5);
  });

  it('has no e-mail address, control label or navigation in any page text', () => {
    for (const fragment of indexed) {
      expect(fragment.content, fragment.url).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      for (const label of controlLabels) expect(fragment.content, fragment.url).not.toContain(label);
    }
  });

  it('keeps the facets of the key facts, and their names as searchable metadata', () => {
    const entries = indexed.filter((f) =>
      /^\/(werkzame-elementen|praktijkvoorbeelden|verslagen|programmas)\//.test(f.url),
    );
    expect(entries.length).toBeGreaterThan(2);
    for (const fragment of entries) {
      const facts = keyFacts(page(name, fragment.url));
      const themes = facts["Thema's"];
      expect(fragment.filters.type, fragment.url).toHaveLength(1);
      if (themes) {
        expect(fragment.filters.thema?.join(', '), fragment.url).toBe(themes);
        expect(fragment.meta.themas, fragment.url).toBe(themes);
      }
    }
  });
});

describe('the real site index', () => {
  const indexed = fragments(sites.real.dist);

  it('finds a compound by its later part through metadata that no excerpt shows ("regie": "Procesregie")', () => {
    const procesregie = indexed.find((fragment) => fragment.url === '/werkzame-elementen/procesregie/');
    const parts = procesregie?.meta[COMPOUND_PARTS];
    expect(parts?.split(' ')).toContain('regie');
    expect(procesregie?.content).not.toContain(parts);
    expect(procesregie?.content).not.toMatch(/\bregie\b/i);
  });
});
