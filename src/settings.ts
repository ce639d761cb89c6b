/**
 * Every setting the build reads from the environment, in one place, checked once with zod. An empty
 * variable counts as unset (CI systems pass `VAR=` for variables nobody defined); a wrong one stops the
 * build with a Dutch message that names the variable.
 */
import { basename, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { digest } from './digest.ts';
import { parseFuzzyDate } from './schemas/fuzzy-date.ts';

const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);

/** The repository the contact page names when none is set or known: a reserved example domain. */
export const exampleRepositoryUrl = 'https://code.wat-werkt.example/wat-werkt';

/** The address used when SITE_URL is unset: a reserved example domain, never mistaken for a real site. */
export const defaultSiteUrl = 'https://wat-werkt.example';

/**
 * A public http(s) address, which the site prints on its pages, feeds and data: without a user name or
 * password (a token in WAT_WERKT_REPO_URL would be published in every file that names the repository), query
 * or fragment (they would be carried into every address built from it).
 */
const publicAddress = (example: string) =>
  z
    .url({ protocol: /^https?$/, error: `moet een volledig http(s)-adres zijn, zoals ${example}` })
    .refine(
      (value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value),
      'bevat een gebruikersnaam of wachtwoord (het deel vóór de @), dat dan op elke pagina zou staan. Laat dat deel weg; een toegangssleutel hoort niet in dit adres',
    )
    .refine((value) => !/[?#]/.test(value), `mag geen ? of # bevatten. Schrijf alleen het adres, zoals ${example}`);

/** What the error message may echo of a value: never credentials in an address. */
const shown = (value: string | undefined) => value?.replace(/^([a-z]+:\/\/)[^/?#]*@/i, '$1…@');

const environment = z.object({
  SITE_URL: z.preprocess(unsetWhenEmpty, publicAddress('https://voorbeeld.nl/').optional()),
  WAT_WERKT_REPO_URL: z.preprocess(unsetWhenEmpty, publicAddress('https://github.com/org/wat-werkt').optional()),
  // The OAuth worker that signs editors in with GitHub (sveltia-cms-auth); unset, they sign in with a token.
  WAT_WERKT_EDITOR_AUTH_URL: z.preprocess(
    unsetWhenEmpty,
    publicAddress('https://sveltia-cms-auth.voorbeeld.workers.dev').optional(),
  ),
  // Set by GitHub Actions in every job: the repository the deploy workflow builds, the default of the above.
  GITHUB_SERVER_URL: z.preprocess(unsetWhenEmpty, publicAddress('https://github.com').optional()),
  GITHUB_REPOSITORY: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^[\w-][\w.-]*\/[\w-][\w.-]*$/, 'moet eigenaar/naam van de repository zijn, zoals org/wat-werkt')
      .optional(),
  ),
  WAT_WERKT_CONTENT: z.preprocess(unsetWhenEmpty, z.string().default('./content')),
  WAT_WERKT_EDITORIAL_TEAM: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .regex(/^[^\r\n\u0085\u2028\u2029]+$/, 'moet een naam op één regel zijn')
      .default('Redactie Wat Werkt'),
  ),
  // A git revision; never an option (a value starting with "-" would be read as one).
  WAT_WERKT_CHANGES_BASE: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^[\w./^~@{}][\w./^~@{}-]*$/, 'moet een git-versie zijn, zoals HEAD of origin/main')
      .default('HEAD'),
  ),
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
      .default(1792),
  ),
  // The reproducible-builds convention (https://reproducible-builds.org/specs/source-date-epoch/): a fixed
  // build moment in seconds since 1970, for byte-identical builds; unset, the build takes the clock.
  SOURCE_DATE_EPOCH: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: 'moet een aantal seconden sinds 1970 zijn' })
      .int('moet een aantal seconden sinds 1970 zijn')
      .min(0, 'moet een aantal seconden sinds 1970 zijn')
      .optional(),
  ),
  // Set by scripts/build.ts for the Astro process it starts, never by people: the post-build steps follow.
  WAT_WERKT_POSTBUILD: z.preprocess(unsetWhenEmpty, z.literal('1').optional()),
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
  /**
   * The address the site is published at, ending in "/": canonical links, feeds and the link check use it.
   * Its path is where the site lives on that host (a GitHub project page: https://<owner>.github.io/<repo>/).
   */
  siteUrl: string;
  /**
   * The public repository where the editors work: the site's contact point (issues, pull requests) and the
   * links to an entry's change history. WAT_WERKT_REPO_URL; on GitHub Actions the repository being built.
   * Unset, the history takes git's `origin` remote (lib/git-history.ts) and the contact page an example.
   */
  repoUrl: string | undefined;
  /**
   * Where the browser editor sends editors to sign in with GitHub (an OAuth worker such as sveltia-cms-auth).
   * WAT_WERKT_EDITOR_AUTH_URL; unset, editors sign in with a personal access token.
   */
  editorAuthUrl: string | undefined;
  /** False when SITE_URL is unset and the site is built for the example address (the build warns). */
  siteUrlGiven: boolean;
  /** When the site was built (SOURCE_DATE_EPOCH, or the clock): calendars' DTSTAMP and the data manifest. */
  buildMoment: Date;
  /** Whether SOURCE_DATE_EPOCH pins the build moment (a reproducible build), rather than the clock. */
  buildMomentPinned: boolean;
  /** The path of `siteUrl` ("/" or "/wat-werkt/"): Astro's `base`, which every internal link starts with. */
  basePath: string;
  /** Who wrote an entry's page when the entry names no `auteurs`: its author in every citation. */
  editorialTeam: string;
  /** The content tree: the fixtures and the benchmark point the real site at their own. */
  contentRoot: string;
  /**
   * The version `npm run check` compares content with, to ask for a change note where a published entry
   * changed (checks/revision-notes.ts): HEAD (uncommitted work) unless set; a pull request's workflow sets
   * HEAD^1, the base branch its merge commit has as first parent.
   */
  changesBase: string;
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
   * each), so a larger archive is indexed in bundles (src/search/bundles.ts). Tests set it low.
   */
  searchBundlePages: number;
  /**
   * Whether this page build is one half of `npm run build`, whose search index, link check and _headers
   * follow (scripts/build.ts sets WAT_WERKT_POSTBUILD); a bare `astro build` warns that they did not run.
   */
  postbuildFollows: boolean;
}

/**
 * Astro keeps its content store in the cache: two content trees sharing one cache see each other's entries
 * (a build of the fixture after one of the real archive, without --force, fails on "duplicate slugs"). Each
 * content tree gets a cache of its own, under node_modules/.astro/ where CI keeps it.
 */
function defaultCacheDir(contentRoot: string): string {
  const root = resolve(contentRoot);
  const tag = digest(root, 8);
  return join('node_modules', '.astro', `${basename(root)}-${tag}`);
}

/** Reads the settings from `env`; throws one Dutch message listing every variable that is wrong. */
export function readSettings(env: Record<string, string | undefined> = process.env, now = new Date()): Settings {
  const result = environment
    // A build moment still to come would give calendars a DTSTAMP that has not happened yet.
    .refine((values) => values.SOURCE_DATE_EPOCH === undefined || values.SOURCE_DATE_EPOCH * 1000 <= +now, {
      path: ['SOURCE_DATE_EPOCH'],
      message: 'ligt in de toekomst',
    })
    .safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `- ${name}="${shown(env[name])}" ${issue.message}.`;
    });
    throw new Error(`Een instelling in de omgeving klopt niet:\n${lines.join('\n')}`);
  }
  const values = result.data;
  const site = new URL(values.SITE_URL ?? defaultSiteUrl);
  const basePath = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  return {
    // Without query or fragment, and with the trailing slash that makes it a folder: relative paths resolve
    // under it.
    siteUrl: `${site.origin}${basePath}`,
    basePath,
    siteUrlGiven: values.SITE_URL !== undefined,
    editorAuthUrl: values.WAT_WERKT_EDITOR_AUTH_URL?.replace(/\/+$/, ''),
    repoUrl: (
      values.WAT_WERKT_REPO_URL ??
      (values.GITHUB_SERVER_URL && values.GITHUB_REPOSITORY
        ? `${values.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${values.GITHUB_REPOSITORY}`
        : undefined)
    )?.replace(/\/+$/, ''),
    buildMoment: values.SOURCE_DATE_EPOCH === undefined ? now : new Date(values.SOURCE_DATE_EPOCH * 1000),
    buildMomentPinned: values.SOURCE_DATE_EPOCH !== undefined,
    editorialTeam: values.WAT_WERKT_EDITORIAL_TEAM,
    contentRoot: values.WAT_WERKT_CONTENT,
    changesBase: values.WAT_WERKT_CHANGES_BASE,
    cacheDir: values.WAT_WERKT_CACHE_DIR ?? defaultCacheDir(values.WAT_WERKT_CONTENT),
    pinnedToday: values.WAT_WERKT_TODAY,
    reviewMonths: values.WAT_WERKT_REVIEW_MONTHS,
    buildHeapMB: values.WAT_WERKT_BUILD_HEAP_MB,
    searchBundlePages: values.WAT_WERKT_SEARCH_BUNDLE_PAGES,
    postbuildFollows: values.WAT_WERKT_POSTBUILD !== undefined,
  };
}

/**
 * The build's warning when SITE_URL is unset: feeds, calendars and open data carry absolute addresses, which
 * then point at the example domain (fine for a local preview, wrong for anything published).
 */
export const siteUrlWarning = ({ siteUrlGiven }: Pick<Settings, 'siteUrlGiven'>) =>
  siteUrlGiven
    ? undefined
    : `Let op: SITE_URL is niet gezet. Links in feeds, agenda's en open data wijzen nu naar het voorbeeldadres ${defaultSiteUrl}. Zet voor een echte site SITE_URL=https://jouw-adres.nl/ (zie README.md, Quick start).`;

export const settings = readSettings();
