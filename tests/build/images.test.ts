/**
 * Photos carry camera metadata (the photographer, the GPS position of where it was taken). Only re-encoded
 * copies without it are published: never the original, not from a page and not from the open data. The
 * fixture is built with two JPEGs that carry EXIF and GPS: one beside an entry (frontmatter), one in the
 * shared images folder (body).
 */
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, sites } from '../helpers/sites.ts';

const root = join(outputRoot, 'images');
const dist = join(outputRoot, 'images-dist');
const photographer = 'Fotograaf Verborgen';

const photoWithMetadata = (background: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .withExif({
      IFD0: { Artist: photographer, Copyright: photographer },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 0/1' },
    })
    .toBuffer();

describe('a site with photos that carry camera metadata', () => {
  let originals: Buffer[];
  let built: string[];
  let status: number | null;
  let output: string;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    cpSync(sites.fixture.content, root, { recursive: true });
    mkdirSync(join(root, 'afbeeldingen'));
    originals = [await photoWithMetadata('#3a7'), await photoWithMetadata('#a73')];
    writeFileSync(join(root, 'praktijkvoorbeelden/rustige-post.jpg'), originals[0]!);
    writeFileSync(join(root, 'afbeeldingen/wijk.jpg'), originals[1]!);
    const entry = join(root, 'praktijkvoorbeelden/rustige-post.mdx');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}\n![Een groen vlak](../afbeeldingen/wijk.jpg)\n`);
    ({ status, output } = buildSite(root, dist));
    built = globSync('_astro/*.{jpg,jpeg,png,webp,avif}', { cwd: dist });
  }, 300_000);

  it('the photos really carry the metadata the test is about', async () => {
    for (const original of originals) {
      const { exif } = await sharp(original).metadata();
      expect(exif?.toString('latin1')).toContain(photographer);
    }
  });

  it('builds, with both photos shown as re-encoded copies', () => {
    expect(status, output).toBe(0);
    const html = readFileSync(join(dist, 'praktijkvoorbeelden/rustige-post/index.html'), 'utf8');
    expect(html).toMatch(/<picture[\s>]/);
    expect(html).toMatch(/<img src="\/_astro\/wijk\.[^"]+\.webp"[^>]+alt="Een groen vlak"/);
    expect(built.length).toBeGreaterThan(2);
  });

  it('publishes no image with camera metadata and never the original file', async () => {
    for (const file of built) {
      const bytes = readFileSync(join(dist, file));
      expect(
        originals.some((original) => original.equals(bytes)),
        `${file} is an original`,
      ).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(photographer);
      expect((await sharp(bytes).metadata()).exif, file).toBeUndefined();
    }
  });

  it('links the re-encoded copy from the open data', () => {
    const records = JSON.parse(readFileSync(join(dist, 'data/alles.json'), 'utf8')) as {
      id: string;
      data: { afbeelding?: { src: string } };
    }[];
    const src = records.find((record) => record.id === 'rustige-post')!.data.afbeelding!.src;
    expect(src).toMatch(/\/_astro\/rustige-post\.[^/]+\.webp$/);
    expect(built).toContain(new URL(src).pathname.slice(1));
  });
});
