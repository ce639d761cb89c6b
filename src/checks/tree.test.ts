import { expect, it } from 'vitest';
import type { Node } from './body-rules.ts';
import { walk } from './tree.ts';

const leaf = (value: string): Node => ({ type: 'text', value });

it('visits parents before children in document order, with depths, and skips where asked', () => {
  const tree: Node = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [leaf('a'), { type: 'emphasis', children: [leaf('b')] }] },
      { type: 'html', children: [leaf('overgeslagen')] },
      leaf('c'),
    ],
  };
  const seen: string[] = [];
  walk(tree, (node, depth) => {
    seen.push(`${node.value ?? node.type}@${depth}`);
    return node.type === 'html' ? 'skip' : undefined;
  });
  expect(seen).toEqual(['root@0', 'paragraph@1', 'a@2', 'emphasis@2', 'b@3', 'html@1', 'c@1']);
});

it('walks a tree nested 100,000 deep without overflowing the call stack', () => {
  const root: Node = { type: 'root', children: [] };
  let node = root;
  for (let i = 0; i < 100_000; i++) {
    const child: Node = { type: 'blockquote', children: [] };
    node.children!.push(child);
    node = child;
  }
  let deepest = 0;
  walk(root, (_, depth) => {
    deepest = Math.max(deepest, depth);
  });
  expect(deepest).toBe(100_000);
});
