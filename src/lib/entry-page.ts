/**
 * What every entry route needs, in one place: the paths of a collection's pages, and for one entry its
 * rendered body, the props of EntryLayout and the labelled links its key-facts panel shows. The four
 * routes under src/pages/<folder>/[id].astro differ only in their facts component and what follows the body.
 */
import { render, type CollectionEntry } from 'astro:content';
import { getArchive } from './archive.ts';
import type { EntryCollection } from '../schemas/collections.ts';

/** getStaticPaths() of an entry route: one page per entry of `collection`. */
export async function entryRoutes<C extends EntryCollection>(collection: C) {
  const archive = await getArchive();
  const entries = archive[collection] as CollectionEntry<C>[];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The rendered body, the layout's props and the key-facts links of one entry's page. */
export async function entryPage<C extends EntryCollection>(entry: CollectionEntry<C>) {
  const archive = await getArchive();
  const { Content, headings } = await render(entry);
  const { data } = entry;
  return {
    Content,
    layout: {
      entry: archive.summaryOf(entry.collection, entry.id),
      data,
      headings,
      structuredData: archive.structuredDataOf(entry),
    },
    links: {
      themes: archive.themeLinks(data.themas),
      organisations: archive.organisationLinks(data.organisaties),
      workingElements: 'werkzameElementen' in data ? archive.workingElementLinks(data.werkzameElementen) : [],
    },
  };
}
