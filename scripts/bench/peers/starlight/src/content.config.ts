import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The benchmark writes the converted archive to PEER_CONTENT.
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: process.env.PEER_CONTENT! }),
    schema: docsSchema(),
  }),
};
