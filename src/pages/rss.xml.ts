import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { feedResponse } from '../lib/feeds.ts';

/** New and updated entries of the whole archive. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return feedResponse(
    site!,
    {
      title: 'Wat Werkt: nieuw in het archief',
      description: "Nieuwe en bijgewerkte werkzame elementen, praktijkvoorbeelden, verslagen en programma's.",
    },
    archive.summaries,
  );
};
