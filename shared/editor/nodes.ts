import { Node, mergeAttributes } from '@tiptap/core';

/**
 * The briefing's live references: atom nodes that hold ids only. Labels, quotes
 * and ratings are resolved when the document is shown or exported, so changing a
 * judgment's confidence updates every briefing that references it. These
 * definitions are DOM-free (renderHTML returns a spec, parseHTML reads data
 * attributes), so Node code — export, reference extraction, checks — loads the
 * same schema as the editor. The renderer adds its node views on top.
 */

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    briefingReferences: {
      insertClaimRef: (claimId: string) => ReturnType;
      insertCitation: (excerptId: string, locator?: string | null) => ReturnType;
      insertExcerptQuote: (excerptId: string) => ReturnType;
    };
  }
}

const idAttribute = (name: string, dataName: string) => ({
  [name]: {
    default: null as string | null,
    parseHTML: (el: { getAttribute(n: string): string | null }) => el.getAttribute(dataName),
    renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [dataName]: attrs[name] } : {}),
  },
});

/** A reference to a claim or key judgment (`@` in the editor): shows its text, likelihood and confidence. */
export const ClaimRef = Node.create({
  name: 'claimRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return idAttribute('claimId', 'data-claim-id');
  },
  parseHTML() {
    return [{ tag: 'span[data-claim-ref]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-claim-ref': '' }, HTMLAttributes)];
  },
  renderText() {
    return '';
  },
  addCommands() {
    return {
      insertClaimRef:
        (claimId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { claimId } }),
    };
  },
});

/** A citation of an excerpt (`[[` in the editor): a numbered note marker; numbering follows document order. */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      ...idAttribute('excerptId', 'data-excerpt-id'),
      /** An optional pinpoint the writer adds ("S. 3", "§ 4"); the excerpt's own locator is resolved at render time. */
      locator: {
        default: null as string | null,
        parseHTML: (el: { getAttribute(n: string): string | null }) => el.getAttribute('data-locator'),
        renderHTML: (attrs: Record<string, unknown>) => (attrs.locator ? { 'data-locator': attrs.locator } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-citation]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ 'data-citation': '' }, HTMLAttributes)];
  },
  renderText() {
    return '';
  },
  addCommands() {
    return {
      insertCitation:
        (excerptId, locator = null) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { excerptId, locator } }),
    };
  },
});

/** An excerpt inserted as a quotation: original-language quote, translation if any, and its citation. */
export const ExcerptQuote = Node.create({
  name: 'excerptQuote',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return idAttribute('excerptId', 'data-excerpt-id');
  },
  parseHTML() {
    return [{ tag: 'blockquote[data-excerpt-quote]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes({ 'data-excerpt-quote': '' }, HTMLAttributes)];
  },
  addCommands() {
    return {
      insertExcerptQuote:
        (excerptId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { excerptId } }),
    };
  },
});
