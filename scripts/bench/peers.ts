/**
 * The benchmark's peers: the same generated entries built by Starlight (what most Astro users would pick)
 * and by a minimal Eleventy site with the Pagefind CLI (the fast end of static generators). They live in
 * scripts/bench/peers/ with a package.json of their own, installed here on first use, so they never enter
 * the site's dependencies.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { measuredRun, type MeasuredRun } from './measured-run.ts';

const peersRoot = join(import.meta.dirname, 'peers');
const entryFolders = '{werkzame-elementen,praktijkvoorbeelden,verslagen,programmas}';

export type Peer = 'starlight' | 'eleventy';

export function installPeers() {
  if (existsSync(join(peersRoot, 'node_modules/@astrojs/starlight'))) return;
  console.log('Installing the benchmark peers (Starlight, Eleventy) in scripts/bench/peers …');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: peersRoot, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('Could not install the benchmark peers.');
}

const field = (frontmatter: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';

/**
 * Writes the generated entries as each peer reads them: the same bodies, titles and images; our one
 * component becomes Starlight's <Aside> (still MDX) or plain HTML for Eleventy (Markdown only).
 */
function convertArchive(archive: string, target: string, peer: Peer) {
  rmSync(target, { recursive: true, force: true });
  for (const file of globSync(`${entryFolders}/*.{md,mdx}`, { cwd: archive })) {
    const [, frontmatter = '', body = ''] = readFileSync(join(archive, file), 'utf8').split(/^---$/m);
    const image = field(frontmatter, '  src').replace('./', '');
    const alt = field(frontmatter, '  alt');
    const mdx = file.endsWith('.mdx') && peer === 'starlight';
    const converted = [
      '---',
      `title: "${field(frontmatter, 'titel')}"`,
      `description: "${field(frontmatter, 'samenvatting')}"`,
      '---',
      ...(mdx ? ["import { Aside } from '@astrojs/starlight/components';"] : []),
      ...(image ? [`![${alt}](./${image})`] : []),
      body
        .replace(/<Kader soort="(\w+)">/g, mdx ? '<Aside type="$1">' : '<aside class="$1">')
        .replace(/<\/Kader>/g, mdx ? '</Aside>' : '</aside>'),
    ].join('\n');
    const out = join(target, mdx ? file : file.replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, converted);
    if (image) copyFileSync(join(archive, dirname(file), image), join(dirname(out), image));
  }
  writeFileSync(join(target, 'index.md'), '---\ntitle: Start\n---\n\nHet gegenereerde archief.\n');
  if (peer === 'eleventy') {
    mkdirSync(join(target, '_includes'));
    writeFileSync(
      join(target, '_includes/base.liquid'),
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title></head>' +
        '<body><main data-pagefind-body><h1>{{ title }}</h1>{{ content }}</main></body></html>\n',
    );
  }
}

/** Builds the archive with one peer, search index included, and measures it like our own build. */
export async function buildPeer(peer: Peer, archive: string, work: string): Promise<MeasuredRun & { dist: string }> {
  // Inside the peer's project, so MDX imports (Starlight's components) resolve from its node_modules.
  const content = join(peersRoot, peer, 'content');
  const output = join(work, `${peer}-dist`);
  convertArchive(archive, content, peer);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PEER_CONTENT: content,
    PEER_OUTPUT: output,
  };
  const bin = (path: string) => join(peersRoot, 'node_modules', path);
  const script =
    peer === 'starlight'
      ? // Starlight runs Pagefind itself at the end of its build.
        `"${process.execPath}" "${bin('astro/bin/astro.mjs')}" build --force --root starlight --outDir "${output}"`
      : `"${process.execPath}" "${bin('@11ty/eleventy/cmd.cjs')}" --config=eleventy/eleventy.config.mjs --quiet && ` +
        `"${process.execPath}" "${bin('pagefind/lib/runner/bin.cjs')}" --site "${output}"`;
  const run = await measuredRun('sh', ['-c', script], { cwd: peersRoot, env });
  if (run.status !== 0) throw new Error(`The ${peer} build failed:\n${run.output.slice(-3000)}`);
  return { ...run, dist: output };
}
