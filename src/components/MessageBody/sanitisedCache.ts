import type { MessageNode } from './MessageNode';
import { messageBodyNodes, type SanitiseOptions } from './sanitiseMessageHtml';

/** Bodies kept sanitised: a feed scrolled back and forth mounts the same messages again and again. */
const CAPACITY = 1000;
const trees = new Map<string, MessageNode[]>();

/** `messageBodyNodes`, remembered for the most recently shown bodies (the trees are never changed). */
export function cachedMessageBodyNodes(body: string, isHtml: boolean, options: SanitiseOptions = {}): MessageNode[] {
  const key = `${isHtml ? 'h' : 't'}|${options.graphOrigin ?? ''}|${body}`;
  const known = trees.get(key);
  if (known) {
    trees.delete(key);
    trees.set(key, known);
    return known;
  }
  const nodes = messageBodyNodes(body, isHtml, options);
  trees.set(key, nodes);
  if (trees.size > CAPACITY) {
    trees.delete(trees.keys().next().value as string);
  }
  return nodes;
}
