/**
 * `<root>/_headers`: the response headers for hosts that read this file (Netlify, Cloudflare Pages). It
 * carries the site's Content-Security-Policy as a real header, plus what only a header can say.
 *
 * Astro writes the policy into every page as a `<meta http-equiv>` element (`security.csp` in
 * astro.config.mjs), with the hashes of the inline styles and scripts it emitted itself. Those hashes
 * change with the code, so this file is written after every build, from the policies of the built pages.
 *
 * The browser editor (/redactie/) has a policy of its own (src/lib/editor-policy.ts). Hosts apply every rule
 * whose path matches and join two values of one header with a comma, which for this header means two
 * policies, both enforced: a rule for `/*` would hold the editor to the site's policy. So the site's policy
 * gets one rule per top-level file and folder of the site, and the editor's folder a rule of its own.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detached, htmlFilesIn } from './built-pages.ts';

/** Valid only as a header: a meta policy cannot stop other sites from framing the page. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

const otherHeaders: [name: string, value: string][] = [
  // Never guess a type: a file served as text stays text, whatever it contains.
  ['X-Content-Type-Options', 'nosniff'],
  // Sources linked from an entry see the site, not the page the reader came from.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses no device or sensor API; nothing it embeds may ask for one either.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), ' +
      'microphone=(), payment=(), usb=()',
  ],
];

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/** A policy as its directives in order, each with its sources: "script-src 'self' 'sha256-…'; …". */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy for every page. The pages share their directives and sources; their hash lists differ a
 * little (a page also lists the hash of its own inline style), and after an incremental build the pages
 * copied from the last build keep that build's hashes. So each directive gets the union of the pages'
 * hashes. Every hash is one Astro computed over a style or script it emitted, never over a page's content,
 * so an injected script still matches none of them.
 */
export function sitePolicy(pages: { file: string; policy: string }[]): string {
  const site = new Map<string, { sources: string[]; hashes: Set<string>; from: string }>();
  for (const { file, policy } of pages) {
    const directives = parsePolicy(policy);
    const names = [...directives.keys()];
    const known = [...site.keys()];
    if (site.size && names.join() !== known.join())
      throw new Error(`${file} has the policy directives ${names.join(', ')}, ${pages[0]!.file} ${known.join(', ')}`);
    for (const [name, all] of directives) {
      const sources = all.filter((source) => !isHash(source));
      const entry = site.get(name) ?? { sources, hashes: new Set<string>(), from: file };
      if (sources.join(' ') !== entry.sources.join(' '))
        throw new Error(
          `${file} has "${name} ${sources.join(' ')}", ${entry.from} "${name} ${entry.sources.join(' ')}"`,
        );
      for (const hash of all.filter(isHash)) entry.hashes.add(hash);
      site.set(name, entry);
    }
  }
  // Sorted, so the same pages always give the same file, whatever order their hashes came in.
  return [...site].map(([name, { sources, hashes }]) => [name, ...sources, ...[...hashes].sort()].join(' ')).join('; ');
}

/** The policy Astro wrote into a built page, or undefined; a copy, as every page's is kept (built-pages.ts). */
export const policyOfPage = (html: string) => {
  const policy = metaPolicy.exec(html)?.[1];
  return policy && detached(policy);
};

/** The top-level folder of the browser editor, whose pages carry the editor's policy. */
export const editorFolder = 'redactie';

type Rule = [path: string, headers: [name: string, value: string][]];

/**
 * The rules of `_headers` for a site under `base` whose root holds `names` (its top-level files and folders,
 * folders with a trailing slash): the headers every response gets, the site's policy on every path but the
 * editor's folder, and the editor's policy there.
 */
export function headerRules(base: string, names: readonly string[], site: string, editor?: string): Rule[] {
  const policy = (value: string): [string, string][] => [
    ['Content-Security-Policy', [value, ...headerOnlyDirectives].join('; ')],
  ];
  const paths = names
    .filter((name) => name !== '_headers' && name !== `${editorFolder}/`)
    .map((name) => (name.endsWith('/') ? `${base}${name}*` : `${base}${name}`));
  return [
    [`${base}*`, otherHeaders],
    ...[base, ...paths].map((path): Rule => [path, policy(site)]),
    ...(editor ? [[`${base}${editorFolder}/*`, policy(editor)] satisfies Rule] : []),
  ];
}

/**
 * Writes `<root>/_headers` for a site published under `base`. Throws when a page has no policy (a page that
 * does not render Astro's head would run without one) or when the pages' directives disagree.
 */
export function writeSecurityHeaders(root: string, base = '/'): { pages: number } {
  const pages = htmlFilesIn(root).map((file) => {
    const policy = policyOfPage(readFileSync(join(root, file), 'utf8'));
    if (!policy) throw new Error(`${file} has no Content-Security-Policy: every page must render Astro's <head>.`);
    return { file, policy };
  });
  const isEditor = (file: string) => file.startsWith(`${editorFolder}/`);
  const sitePages = pages.filter((page) => !isEditor(page.file));
  const editorPages = pages.filter((page) => isEditor(page.file));
  if (!sitePages.length) throw new Error(`No pages in ${root}.`);
  const names = readdirSync(root, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  const rules = headerRules(
    base,
    names,
    sitePolicy(sitePages),
    editorPages.length ? sitePolicy(editorPages) : undefined,
  );
  writeFileSync(
    join(root, '_headers'),
    `# Written by scripts/build.ts (src/postbuild/security-headers.ts); edits are lost on the next build.\n${rules
      .map(([path, headers]) => `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`)
      .join('')}`,
  );
  return { pages: pages.length };
}
