// Starlight as most Astro users would set it up for a large archive: the generated entries as docs pages,
// Dutch, and a sidebar that does not list every page (a full sidebar makes each page about 1 MB at 5,000).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Wat Werkt (Starlight)',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      sidebar: [{ label: 'Start', link: '/' }],
    }),
  ],
});
