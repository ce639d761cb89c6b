import { relative, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { editorBackend, editorConfig } from '../../editor/config.ts';
import { settings } from '../../settings.ts';

/**
 * The browser editor's configuration, written at every build from the schemas (src/editor/config.ts), so it
 * cannot drift from them. The content folder is named as it lies in the repository, where the editor writes.
 */
export const GET: APIRoute = () => {
  const config = editorConfig({
    backend: editorBackend(settings.repoUrl, settings.editorAuthUrl),
    siteUrl: settings.siteUrl,
    contentFolder: relative(process.cwd(), resolve(settings.contentRoot)).replaceAll('\\', '/'),
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml' } });
};
