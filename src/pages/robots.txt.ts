import type { APIRoute } from 'astro';
import { siteUrlOf } from '../lib/site-path.ts';

/**
 * Crawlers may read every page but the browser editor's (which also says noindex itself), and find the sitemap.
 * Crawlers read robots.txt only at a domain's root: under a sub-path the page's own noindex is what holds.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      `Disallow: ${new URL(siteUrlOf('/redactie/', site!)).pathname}`,
      '',
      `Sitemap: ${siteUrlOf('/sitemap-index.xml', site!)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
