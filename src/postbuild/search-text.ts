import { Parser } from 'htmlparser2';
/**
 * Astro writes minified HTML with no whitespace between elements. Browsers still separate the words of two
 * blocks (<dt>Thema's</dt><dd>Armoede</dd> reads as two lines), but Pagefind joins their text, indexing
 * "Thema'sArmoede" as one word. Before indexing, a space goes after every closing block-level tag, so the
 * index sees the words a reader sees. It is written into the published files (Pagefind reads them itself);
 * whitespace between blocks does not change how a page looks.
 */
const blockEnd =
  /<\/(address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|td|th|tr|ul)>(?!\s)/gi;

export function separateBlocks(html: string): string {
  return html.replace(blockEnd, '$& ');
}

/**
 * A word in Latin script, accents included: what the compound parts are made of. Three times faster than
 * Unicode's letter classes, which made this pass cost about a millisecond a page.
 */
const latinWord = /[a-z0-9\u00df-\u00f6\u00f8-\u024f]+/g;

/** Elements whose text no reader sees and Pagefind does not index. */
const unread = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The words Pagefind indexes of a built page, in lower case: the text inside its `data-pagefind-body`
 * element but for `data-pagefind-ignore` parts and scripts, split at every character that is not a
 * letter or digit (Pagefind indexes the parts of "Noord-Holland" too). Only the body element is parsed, by a
 * streaming parser. An element's attributes are looked at by name as the parser meets them, not collected
 * into an object per element, and the indexed text is split into words once, at the end: together 10–20%
 * of the time this takes (about 0.4 ms a page).
 */
export function indexedWords(html: string): string[] {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body/);
  if (start < 0) return [];
  const end = html.indexOf('</main>', start);
  const texts: string[] = [];
  // Per open element: whether its text is indexed; the page outside the body is not.
  const indexed: boolean[] = [];
  // The parser may hand over one text in pieces (around an entity): texts are ended when an element starts or ends.
  let text = '';
  const flush = () => {
    if (text !== '' && indexed.at(-1)) texts.push(text);
    text = '';
  };
  // The element being opened: what it takes from its parent and what its attributes say so far.
  let parent = false;
  let unreadElement = false;
  let body = false;
  let ignored = false;
  const parser = new Parser({
    onopentagname(name) {
      flush();
      parent = indexed.at(-1) ?? false;
      unreadElement = unread.has(name);
      body = false;
      ignored = false;
      indexed.push(parent && !unreadElement);
    },
    onattribute(name) {
      if (name === 'data-pagefind-ignore') ignored = true;
      else if (name === 'data-pagefind-body') body = true;
      else return;
      indexed[indexed.length - 1] = (parent || body) && !ignored && !unreadElement;
    },
    onclosetag() {
      flush();
      indexed.pop();
    },
    ontext(piece) {
      text += piece;
    },
  });
  parser.end(end < 0 ? html.slice(start) : html.slice(start, end + '</main>'.length));
  // A space between the texts keeps their words apart.
  return texts.join(' ').toLowerCase().match(latinWord) ?? [];
}
