/**
 * Feed text reaches a reader as text: the RSS is parsed as XML (fast-xml-parser), and each description then
 * as the HTML a feed reader renders (htmlparser2), which must hold no element and show the text as written.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { EntrySummary } from './entry-summary.ts';
import { feedResponse } from './feeds.ts';

const summary = 'Movisie <img src=x onerror=alert(1)> & "quotes" <b>vet</b> &amp; 5 > 3';
const entry = {
  collection: 'practiceExamples',
  id: 'rustige-post',
  url: 'https://wat-werkt.example/praktijkvoorbeelden/rustige-post/',
  title: 'Rustige post & meer',
  summary,
  typeLabel: 'Praktijkvoorbeeld',
  updated: new Date('2026-03-01T00:00:00Z'),
} as EntrySummary;

/** What a feed reader shows of an HTML description: its elements and its text. */
function rendered(html: string) {
  const document = parseDocument(html, { decodeEntities: true });
  const elements = document.children.filter((node) => node.type === 'tag');
  const textOf = (nodes: typeof document.children): string =>
    nodes.map((node) => ('data' in node ? node.data : 'children' in node ? textOf(node.children) : '')).join('');
  return { elements: elements.length, text: textOf(document.children) };
}

describe('feedResponse', () => {
  it("gives a reader an item's and the channel's description as text, never as markup", async () => {
    const response = await feedResponse(
      new URL('https://wat-werkt.example/'),
      { title: 'Wat Werkt: thema <b>x</b>', description: `Over ‘${summary}’.` },
      [entry],
    );
    const { channel } = new XMLParser({ processEntities: true, htmlEntities: false }).parse(await response.text()).rss;
    expect(rendered(channel.item.description)).toEqual({ elements: 0, text: summary });
    expect(rendered(channel.description)).toEqual({ elements: 0, text: `Over ‘${summary}’.` });
    expect(channel.item.title).toBe('Rustige post & meer');
  });
});
