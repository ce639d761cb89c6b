import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOnline, collectExternalLinks } from './external-links.ts';

describe('collectExternalLinks', () => {
  it('lists every web address in frontmatter and bodies with where it appears', () => {
    const links = collectExternalLinks(join(import.meta.dirname, '../../tests/fixtures/site'), 'content');
    expect(links.map((link) => link.url)).toEqual([
      'https://proefinstituut.example/',
      'https://proefinstituut.example/anker',
      'https://proefinstituut.example/congres',
      'https://proefinstituut.example/ervaringen',
      'https://proefinstituut.example/leergang',
      'https://proefinstituut.example/regie',
      'https://proefinstituut.example/transcript',
      'https://testdorp.example/',
      'https://testdorp.example/rustige-post',
      'https://www.youtube.com/watch?v=proef',
    ]);
    expect(links.find((link) => link.url.includes('youtube'))!.places).toEqual([
      'content/verslagen/proefcongres.mdx:37',
    ]);
    expect(links.find((link) => link.url.endsWith('/congres'))!.places).toEqual(['content/verslagen/proefcongres.mdx']);
  });
});

describe('checkOnline', () => {
  it('reports what a server says, falls back to GET where HEAD is refused, and survives dead hosts', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/weg') response.writeHead(404);
      else if (request.url === '/geen-head' && request.method === 'HEAD') response.writeHead(405);
      else response.writeHead(200);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const results = await checkOnline(
        [`${base}/ok`, `${base}/weg`, `${base}/geen-head`, 'http://127.0.0.1:1/dicht'],
        {
          timeoutMs: 2_000,
        },
      );
      expect(results).toEqual([
        { url: 'http://127.0.0.1:1/dicht', ok: false, status: 'onbereikbaar' },
        { url: `${base}/geen-head`, ok: true, status: 200 },
        { url: `${base}/ok`, ok: true, status: 200 },
        { url: `${base}/weg`, ok: false, status: 404 },
      ]);
    } finally {
      server.close();
    }
  });
});
