/**
 * Every setting the build reads from the environment, in one place, checked once with zod. An empty
 * variable counts as unset (CI systems pass `VAR=` for variables nobody defined); a wrong one stops the
 * build with a Dutch message that names the variable.
 */
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseFuzzyDate } from './schemas/fuzzy-date.ts';

const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);

const environment = z.object({
  SITE_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .url({ protocol: /^https?$/, error: 'moet een volledig http(s)-adres zijn, zoals https://voorbeeld.nl/' })
      .default('https://wat-werkt.example'),
  ),
  WAT_WERKT_CONTENT: z.preprocess(unsetWhenEmpty, z.string().default('./content')),
  WAT_WERKT_CACHE_DIR: z.preprocess(unsetWhenEmpty, z.string().optional()),
  WAT_WERKT_TODAY: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .optional()
      .transform((value, context) => {
        if (value === undefined) return undefined;
        const date = parseFuzzyDate(value);
        if (date?.precision === 'day') return date.start;
        context.addIssue({ code: 'custom', message: 'is geen datum (gebruik JJJJ-MM-DD)' });
        return z.NEVER;
      }),
  ),
  WAT_WERKT_REVIEW_MONTHS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: 'moet een heel aantal maanden zijn' })
      .int('moet een heel aantal maanden zijn')
      .min(1, 'moet een heel aantal maanden zijn')
      .default(24),
  ),
  WAT_WERKT_BUILD_HEAP_MB: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: 'moet een aantal megabytes zijn' })
      .int('moet een aantal megabytes zijn')
      .min(256, 'moet minstens 256 (MB) zijn')
      .default(3072),
  ),
  WAT_WERKT_SEARCH_BUNDLE_PAGES: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "moet een aantal pagina's zijn" })
      .int("moet een heel aantal pagina's zijn")
      .min(1, 'moet minstens 1 (pagina) zijn')
      .default(4000),
  ),
});

export interface Settings {
  /** The address the site is published at: canonical links, feeds and the link check use it. */
  siteUrl: string;
  /** The content tree: the fixtures and the benchmark point the real site at their own. */
  contentRoot: string;
  /** Astro's cache: parsed content and the incremental build's pages, kept between builds. */
  cacheDir: string;
  /** "Today" pinned (midnight UTC of that day), so tests and previews of a future agenda are stable. */
  pinnedToday: Date | undefined;
  /** After how many months a working element's review counts as possibly outdated. */
  reviewMonths: number;
  /** The page build's heap limit: Node collects late without one (see scripts/build.ts). */
  buildHeapMB: number;
  /**
   * At most this many pages in one Pagefind run: its memory grows with the pages of a run (about 270 KB
   * each), so a larger archive is indexed in bundles (src/lib/search-bundles.ts). Tests set it low.
   */
  searchBundlePages: number;
}

/**
 * Astro keeps its content store in the cache: two content trees sharing one cache see each other's entries
 * (a build of the fixture after one of the real archive, without --force, fails on "duplicate slugs"). Each
 * content tree gets a cache of its own, under node_modules/.astro/ where CI keeps it.
 */
function defaultCacheDir(contentRoot: string): string {
  const root = resolve(contentRoot);
  const tag = createHash('sha256').update(root).digest('hex').slice(0, 8);
  return join('node_modules', '.astro', `${basename(root)}-${tag}`);
}

/** Reads the settings from `env`; throws one Dutch message listing every variable that is wrong. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const result = environment.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `- ${name}="${env[name]}" ${issue.message}.`;
    });
    throw new Error(`Een instelling in de omgeving klopt niet:\n${lines.join('\n')}`);
  }
  const values = result.data;
  return {
    siteUrl: values.SITE_URL,
    contentRoot: values.WAT_WERKT_CONTENT,
    cacheDir: values.WAT_WERKT_CACHE_DIR ?? defaultCacheDir(values.WAT_WERKT_CONTENT),
    pinnedToday: values.WAT_WERKT_TODAY,
    reviewMonths: values.WAT_WERKT_REVIEW_MONTHS,
    buildHeapMB: values.WAT_WERKT_BUILD_HEAP_MB,
    searchBundlePages: values.WAT_WERKT_SEARCH_BUNDLE_PAGES,
  };
}

export const settings = readSettings();
