import type { MessageNode } from './MessageNode';

/** A plain-text body as a message tree: its lines, with a break between each. */
export function plainTextToMessageNodes(text: string): MessageNode[] {
  const nodes: MessageNode[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) {
      nodes.push({ kind: 'element', tag: 'br', children: [] });
    }
    if (line) {
      nodes.push({ kind: 'text', text: line });
    }
  });
  return text.trim() ? nodes : [];
}
