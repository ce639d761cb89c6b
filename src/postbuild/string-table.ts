/**
 * Texts kept once each, referred to by position: the memories of the link check (link-memory.ts) and the index
 * step (word-memory.ts) store every page's links or words as positions in one table, since most of them are on
 * many pages.
 */
export function stringTable() {
  const texts: string[] = [];
  const positions = new Map<string, number>();
  return {
    /** Every text once, in the order first seen: what the memory file stores. */
    texts,
    /** The position of `text`, added at the end the first time. */
    position(text: string): number {
      let at = positions.get(text);
      if (at === undefined) positions.set(text, (at = texts.push(text) - 1));
      return at;
    },
  };
}
