/**
 * An editor's mistakes stop the build with one message naming the file, the field and the fix, and no
 * pages are written. Each case copies the fixture site, breaks one thing, and runs the real build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot, sites, type BuildResult } from '../helpers/sites.ts';

function buildBroken(name: string, breakIt: (root: string) => void): BuildResult & { pages: string[] } {
  const root = join(outputRoot, `broken-${name}`);
  const dist = join(outputRoot, `broken-${name}-dist`);
  rmSync(root, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  cpSync(sites.fixture.content, root, { recursive: true });
  breakIt(root);
  const result = buildSite(root, dist);
  const pages = existsSync(dist) ? globSync('**/*.html', { cwd: dist }) : [];
  return { ...result, pages };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a reference to an entry that does not exist', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('reference', (root) =>
      edit(join(root, 'praktijkvoorbeelden/rustige-post.mdx'), (t) =>
        t.replace('werkzameElementen: [vaste-ankerpersoon]', 'werkzameElementen: [vaste-ankerpersoom]'),
      ),
    );
  });

  it('fails, naming the file, the field, the missing id and the closest existing one', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('De site is niet gebouwd: de inhoud bevat een probleem.');
    expect(result.output).toContain(
      'broken-reference/praktijkvoorbeelden/rustige-post.mdx:21: veld "werkzameElementen[0]" verwijst naar ' +
        '"vaste-ankerpersoom" in werkzame-elementen, maar dat bestaat niet. Bedoelde je "vaste-ankerpersoon"?',
    );
    expect(result.pages).toEqual([]);
  });
});

describe('frontmatter that does not match the schema', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('frontmatter', (root) =>
      edit(join(root, 'verslagen/proefcongres.mdx'), (t) =>
        t.replace(/^samenvatting:.*\n/m, '').replace('soort: congres', 'soort: congress'),
      ),
    );
  });

  it('fails, naming the file and each field with what to write instead', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('de inhoud bevat 2 problemen');
    expect(result.output).toContain(
      'broken-frontmatter/verslagen/proefcongres.mdx:2: veld "samenvatting" ontbreekt — voeg toe als samenvatting: ',
    );
    expect(result.output).toContain(
      'broken-frontmatter/verslagen/proefcongres.mdx:11: veld "soort" klopt niet: kies één van: congres, conferentie',
    );
    expect(result.pages).toEqual([]);
  });
});

describe('an image without alt text', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('alt', (root) =>
      edit(join(root, 'praktijkvoorbeelden/rustige-post.mdx'), (t) => t.replace(/^  alt:.*\n/m, '')),
    );
  });

  it('fails on the alt field', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'broken-alt/praktijkvoorbeelden/rustige-post.mdx:11: veld "afbeelding.alt" ontbreekt — voeg toe als alt: ' +
        'Korte beschrijving van wat er op de afbeelding staat',
    );
    expect(result.pages).toEqual([]);
  });
});

describe('an image from outside the content', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('outside-image', (root) => {
      // The file exists: only where it lies may stop it from being published.
      cpSync(join(root, 'praktijkvoorbeelden/rustige-post.jpg'), join(outputRoot, 'geheim.jpg'));
      edit(join(root, 'praktijkvoorbeelden/rustige-post.mdx'), (t) =>
        t.replace('src: ./rustige-post.jpg', 'src: ../../geheim.jpg'),
      );
    });
  });

  it('fails on the src field and publishes nothing', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'broken-outside-image/praktijkvoorbeelden/rustige-post.mdx:12: veld "afbeelding.src": het bestand ' +
        '../../geheim.jpg staat buiten de map van dit item.',
    );
    expect(result.pages).toEqual([]);
  });
});

describe('two files that would get the same address', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('duplicate', (root) =>
      cpSync(join(root, 'verslagen/proefcongres.mdx'), join(root, 'verslagen/Proefcongres.md')),
    );
  });

  it('fails, naming both files and the shared address', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /verslagen\/Proefcongres\.md: dit bestand en .*verslagen\/proefcongres\.mdx krijgen allebei het adres "proefcongres"/,
    );
    expect(result.pages).toEqual([]);
  });
});

describe('MDX that does not compile', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('mdx', (root) =>
      edit(join(root, 'verslagen/proefcongres.mdx'), (t) => `${t}\nEen <strong>open tag zonder einde.\n`),
    );
  });

  it('fails, naming the file', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('verslagen/proefcongres.mdx');
    expect(result.pages).toEqual([]);
  });
});

describe('unsafe MDX', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('unsafe', (root) =>
      edit(join(root, 'verslagen/proefcongres.mdx'), (t) => `${t}\n<script>fetch('https://evil.example')</script>\n`),
    );
  });

  it('fails before anything runs, naming the file, the line and the element', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /broken-unsafe\/verslagen\/proefcongres\.mdx:\d+: Het HTML-element <script> is niet toegestaan/,
    );
    expect(result.pages).toEqual([]);
  });
});

describe('a link to a page or anchor that does not exist', () => {
  let result: ReturnType<typeof buildBroken>;
  beforeAll(() => {
    result = buildBroken('link', (root) =>
      edit(
        join(root, 'verslagen/proefcongres.mdx'),
        (t) =>
          `${t}\nZie [de opening](#opening), [de lessen](/verslagen/proefcongres/#nergens) en [dit](/bestaat-niet/).\n`,
      ),
    );
  });

  it('fails after rendering, naming the file and each broken link', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2 problemen met links naar een pagina of kop die niet bestaat');
    expect(result.output).toMatch(
      /verslagen\/proefcongres\.mdx:\d+: de link "\/verslagen\/proefcongres\/#nergens" wijst naar een kop of anker dat niet op die pagina staat/,
    );
    expect(result.output).toMatch(
      /verslagen\/proefcongres\.mdx:\d+: de link "\/bestaat-niet\/" wijst naar een pagina die niet bestaat/,
    );
  });
});

/**
 * Files that once passed `npm run check` and then failed the build in English, or were published mangled:
 * the check refuses each first, in Dutch, naming file and line, and the build refuses the same file.
 */
describe.each([
  [
    'an entry in a subfolder',
    'themas/sub/dieper.md',
    (root: string) => {
      mkdirSync(join(root, 'themas/sub'));
      writeFileSync(
        join(root, 'themas/sub/dieper.md'),
        '---\ntitel: Dieper\nomschrijving: In een submap.\n---\n\nTekst.\n',
      );
    },
  ],
  [
    'a file name that gives no address',
    'themas/!!.md',
    (root: string) =>
      writeFileSync(join(root, 'themas/!!.md'), '---\ntitel: Uitroep\nomschrijving: Geen adres.\n---\n\nTekst.\n'),
  ],
  [
    'a file name of only digits',
    'themas/2.md',
    (root: string) =>
      writeFileSync(join(root, 'themas/2.md'), '---\ntitel: Twee\nomschrijving: Een nummer.\n---\n\nTekst.\n'),
  ],
  [
    'a +++ line inside the frontmatter',
    'themas/wijkteams.md:4',
    (root: string) =>
      edit(join(root, 'themas/wijkteams.md'), (t) =>
        t.replace(/^omschrijving:.*$/m, 'omschrijving: "Over\n+++ wijkteams"'),
      ),
  ],
  [
    'an SVG image with a script',
    'praktijkvoorbeelden/rustige-post.mdx:12',
    (root: string) => {
      writeFileSync(
        join(root, 'praktijkvoorbeelden/beeld.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      edit(join(root, 'praktijkvoorbeelden/rustige-post.mdx'), (t) =>
        t.replace('src: ./rustige-post.jpg', 'src: ./beeld.svg'),
      );
    },
  ],
  [
    'YAML aliases',
    'themas/wijkteams.md:3',
    (root: string) =>
      edit(join(root, 'themas/wijkteams.md'), (t) =>
        t.replace(/^omschrijving: (.*)$/m, 'omschrijving: &o $1\nnogeens: *o'),
      ),
  ],
  [
    'an impossible date',
    'verslagen/proefcongres.mdx',
    (root: string) =>
      edit(join(root, 'verslagen/proefcongres.mdx'), (t) =>
        t.replace(/^gepubliceerd: .*$/m, 'gepubliceerd: 2024-02-30'),
      ),
  ],
  [
    'a line break in a title, which would start a line of its own in a calendar',
    'themas/wijkteams.md:2',
    (root: string) =>
      edit(join(root, 'themas/wijkteams.md'), (t) => t.replace(/^titel: .*$/m, 'titel: "Wijkteams\\r\\nBEGIN:VEVENT"')),
  ],
  [
    'HTML in an organisation name, which a feed reader would run',
    'organisaties/gemeente-testdorp.md:2',
    (root: string) =>
      edit(join(root, 'organisaties/gemeente-testdorp.md'), (t) =>
        t.replace(/^naam: .*$/m, 'naam: "Testdorp <img src=x onerror=alert(1)>"'),
      ),
  ],
  [
    'a control character in a title',
    'themas/wijkteams.md:2',
    (root: string) =>
      edit(join(root, 'themas/wijkteams.md'), (t) => t.replace(/^titel: .*$/m, 'titel: "Wijk\\x1bteams"')),
  ],
  [
    'a body nested thousands deep',
    'themas/wijkteams.md',
    (root: string) => edit(join(root, 'themas/wijkteams.md'), (t) => `${t}\n${'>'.repeat(4_000)} x\n`),
  ],
  [
    'a line of emphasis pairs longer than the cap',
    'themas/wijkteams.md',
    (root: string) => edit(join(root, 'themas/wijkteams.md'), (t) => `${t}\n${'*a* '.repeat(5_000)}\n`),
  ],
  [
    'a link that starts a program',
    'themas/wijkteams.md',
    (root: string) => edit(join(root, 'themas/wijkteams.md'), (t) => `${t}\n[Hulp](<ms-msdt:/id PCWDiagnostic>)\n`),
  ],
  [
    'a change note dated before publication',
    'werkzame-elementen/vaste-ankerpersoon.mdx',
    (root: string) =>
      edit(join(root, 'werkzame-elementen/vaste-ankerpersoon.mdx'), (t) =>
        t.replace('datum: 2026-05-02', 'datum: 2025-12-31'),
      ),
  ],
])('%s', (name, where, breakIt) => {
  let result: ReturnType<typeof buildBroken>;
  let check: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    const slug = name.replace(/\W+/g, '-');
    result = buildBroken(slug, breakIt);
    check = spawnSync('node', ['scripts/check-content.ts', join(outputRoot, `broken-${slug}`)], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
  });

  it('is refused by npm run check in Dutch, with file and line, and by the build', () => {
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`/${where}`);
    expect(check.stdout).not.toMatch(/TypeError|Error:|Invalid|expected/);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('De site is niet gebouwd: de inhoud bevat');
    expect(result.output).toContain(`/${where}`);
    expect(result.pages).toEqual([]);
  });
});
