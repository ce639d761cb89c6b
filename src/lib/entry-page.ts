/**
 * What every entry route needs, in one place: one page per entry, each with the props its layout and
 * key-facts panel show and a cache key over exactly those props and the entry's digest (see cache-key.ts).
 * The four routes under src/pages/<folder>/[id].astro differ only in their facts component and what follows
 * the body; what a route adds to its page it computes here, never in its template, so the key covers it.
 */
import type { CollectionEntry } from 'astro:content';
import type { EntryCollection } from '../schemas/collections.ts';
import { settings } from '../settings.ts';
import { getArchive, type Archive } from './archive.ts';
import { getBuildDate } from './build-date.ts';
import { cacheKeyOf } from './cache-key.ts';
import { isStale } from './review.ts';
import { descriptionQuality } from './evidence.ts';
import { entrySections } from './entry-sections.ts';
import {
  describeRepositoryHistory,
  entrySource,
  readRepositoryHistory,
  type RepositoryHistory,
} from './git-history.ts';
import { pageDates, type PageHistory } from './revisions.ts';
import { apaReference } from './apa.ts';
import { citationMetaTags } from './citation.ts';

type AnyEntry = CollectionEntry<EntryCollection>;

let repository: RepositoryHistory | undefined;

/** The content's git history, read once per build (one `git log`), and said in the build log. */
function getRepositoryHistory(): RepositoryHistory {
  if (!repository) {
    repository = readRepositoryHistory(settings.contentRoot, settings.repoUrl);
    console.info(describeRepositoryHistory(repository));
  }
  return repository;
}

/** How to cite the page: the APA text it shows and the meta tags reference managers read, from one CSL item. */
function citationOf(archive: Archive, entry: AnyEntry) {
  const item = archive.citationOf(entry);
  return { reference: apaReference(item), meta: citationMetaTags(item) };
}

/** "Geschiedenis van deze pagina": the editors' dates and notes, git's last commit as the fallback date. */
function pageHistory(entry: AnyEntry): PageHistory {
  const source = entrySource(getRepositoryHistory(), settings.contentRoot, entry.filePath!);
  return { ...pageDates(entry.data, source.lastCommitDay), sourceUrl: source.url };
}

/** The labelled links and type-specific extras an entry's page shows beside its own frontmatter. */
function pageData(archive: Archive, entry: AnyEntry) {
  const { data } = entry;
  return {
    layout: {
      entry: archive.summaryOf(entry.collection, entry.id),
      data,
      structuredData: archive.structuredDataOf(entry),
      sections: entrySections(entry),
      // The last commit's day is in the props, so in the cache key: a commit re-renders the page.
      history: pageHistory(entry),
      citation: citationOf(archive, entry),
    },
    links: {
      themes: archive.themeLinks(data.themas),
      organisations: archive.organisationLinks(data.organisaties),
      workingElements: 'werkzameElementen' in data ? archive.workingElementLinks(data.werkzameElementen) : [],
    },
    /** The completeness checklist, for the entries that carry evidence (elements and examples). */
    quality: 'onderbouwing' in data ? descriptionQuality(data) : undefined,
    workingElement:
      'laatstGecontroleerd' in data
        ? {
            linkingHere: archive.backlinks.byWorkingElement.get(entry.id) ?? [],
            related: archive.workingElementLinks((archive.relatedElements.get(entry.id) ?? []).map((id) => ({ id }))),
            stale: isStale(data.laatstGecontroleerd, getBuildDate(), settings.reviewMonths),
            reviewMonths: settings.reviewMonths,
          }
        : undefined,
  };
}

/** getStaticPaths() of an entry route: one page per entry of `collection`, keyed for incremental builds. */
export async function entryRoutes<C extends EntryCollection>(collection: C) {
  const archive = await getArchive();
  const entries = archive[collection] as CollectionEntry<C>[];
  return entries.map((entry) => {
    const page = pageData(archive, entry);
    return { params: { id: entry.id }, props: { entry, ...page }, cacheKey: cacheKeyOf(entry.digest, page) };
  });
}
