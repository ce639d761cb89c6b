import { expect, it } from 'vitest';
import { streamedResponse } from './streamed-response.ts';

/** Pieces that record when each is made. */
function* pieces(name: string, made: string[]) {
  for (const piece of ['[', '1', ']']) {
    made.push(`${name}${piece}`);
    yield piece;
  }
}

it('writes the bodies one at a time, in the order the responses were made, whatever order they are read in', async () => {
  const made: string[] = [];
  const first = streamedResponse(pieces('a', made), 'application/json');
  const second = streamedResponse(pieces('b', made), 'application/json');
  const third = streamedResponse(pieces('c', made), 'text/csv');
  const texts = await Promise.all([third.text(), first.text(), second.text()]);
  expect(texts).toEqual(['[1]', '[1]', '[1]']);
  expect(made).toEqual(['a[', 'a1', 'a]', 'b[', 'b1', 'b]', 'c[', 'c1', 'c]']);
  expect(third.headers.get('content-type')).toBe('text/csv');
});

it('lets the next body start when one fails', async () => {
  const failing = streamedResponse(
    (function* () {
      yield '[';
      throw new Error('kapot');
    })(),
    'application/json',
  );
  const next = streamedResponse(['[]'], 'application/json');
  await expect(failing.text()).rejects.toThrow('kapot');
  expect(await next.text()).toBe('[]');
});
