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
