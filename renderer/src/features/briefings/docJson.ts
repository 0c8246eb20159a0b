import type { Node as PMNode } from '@tiptap/pm/model';
import type { DocNode } from '../../../../shared/editor/document';

/** JSON of top-level blocks: nodes are immutable and an edit keeps every block it does not touch. */
const blockJson = new WeakMap<PMNode, DocNode>();

/**
 * The document as `doc.toJSON()` gives it, with each unchanged top-level block's JSON
 * reused from the last save: serialising a 30,000-word briefing anew after every
 * pause took tens of milliseconds on the main thread. The parts are shared between
 * calls, so callers must not mutate the result.
 */
export function docJson(doc: PMNode): DocNode {
  const out: DocNode = { type: doc.type.name };
  for (const _ in doc.attrs) {
    out.attrs = doc.attrs as DocNode['attrs'];
    break;
  }
  if (doc.content.size) {
    const content: DocNode[] = [];
    doc.forEach((block) => {
      let json = blockJson.get(block);
      if (!json) {
        json = block.toJSON() as DocNode;
        blockJson.set(block, json);
      }
      content.push(json);
    });
    out.content = content;
  }
  return out;
}
