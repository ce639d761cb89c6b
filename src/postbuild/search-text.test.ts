import { expect, it } from 'vitest';
import { indexedWords, separateBlocks } from './search-text.ts';

it('separates the words of adjacent blocks and leaves inline markup alone', () => {
  expect(separateBlocks('<dl><dt>Thema</dt><dd>Armoede</dd></dl><p>schuld<em>en</em></p><H2>Kop</H2>')).toBe(
    '<dl><dt>Thema</dt> <dd>Armoede</dd> </dl> <p>schuld<em>en</em></p> <H2>Kop</H2> ',
  );
});

it('adds nothing where a space already follows, so running it twice changes nothing', () => {
  const once = separateBlocks('<ul><li>een</li>\n<li>twee</li></ul><p>drie</p>');
  expect(once).toBe('<ul><li>een</li>\n<li>twee</li> </ul> <p>drie</p> ');
  expect(separateBlocks(once)).toBe(once);
});

it("reads the words of the page's body as Pagefind indexes them: not what is ignored, scripts or the page around it", () => {
  const html =
    '<header>Wat Werkt</header><main data-pagefind-body><h1>Procesregie</h1>' +
    '<p data-pagefind-ignore>Toegevoegd <b>23 november</b></p><p>Eén partij in Noord-Holland.<br>Financi&euml;le zorg' +
    '<script>var x = 1;</script></p></main><footer>Colofon</footer>';
  expect(indexedWords(html)).toEqual(['procesregie', 'eén', 'partij', 'in', 'noord', 'holland', 'financiële', 'zorg']);
});

it('reads no words of a page without a searchable body', () => {
  expect(indexedWords('<main><p>Zoeken</p></main>')).toEqual([]);
});

it('leaves out an ignored element whatever the order of its attributes, and what is inside it', () => {
  const html =
    '<main data-pagefind-body><p data-pagefind-ignore class="a">weg</p><p class="b" data-pagefind-ignore>ook <b>weg</b></p>' +
    '<p data-pagefind-ignore data-pagefind-body>nog weg</p><section><p>blijft</p></section><img alt="Foto">staat</main>';
  expect(indexedWords(html)).toEqual(['blijft', 'staat']);
});
