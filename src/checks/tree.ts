/**
 * Walking a parsed body without recursion: a body nested thousands deep (10,000 `>` in a row) overflowed
 * the call stack of a recursive walk and crashed the check. One explicit stack, nodes in document order.
 */
import type { Node } from './body-rules.ts';

/**
 * Calls `visit` on `root` and every node below it, parents before children, in document order, with each
 * node's depth (root 0). When `visit` returns 'skip', the node's children are not visited.
 */
export function walk(root: Node, visit: (node: Node, depth: number) => 'skip' | void): void {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (visit(node, depth) === 'skip' || !node.children) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
}
