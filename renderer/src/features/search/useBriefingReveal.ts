import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useUiState } from '../../state/uiStore';
import { leafRange, leafStarts } from '../briefings/leafPositions';

/** Requests already shown (a briefing view that mounts later must not replay an old one). */
let handledNonce = 0;

/**
 * A search hit in this briefing: once the editor is ready, the words of the hit (text
 * leaf and offset, counted as the editor counts) are selected, scrolled into view and
 * the editor takes focus, so typing or Shift+arrows go on from there.
 */
export function useBriefingReveal(editor: Editor | null, briefingId: string): void {
  const request = useUiState((s) => s.briefingReveal);
  useEffect(() => {
    if (!editor || !request || request.briefingId !== briefingId || request.nonce <= handledNonce) return;
    handledNonce = request.nonce;
    const doc = editor.state.doc;
    const range = leafRange(doc, leafStarts(doc), request.leaf, request.offset, request.offset + request.length);
    // The document changed since it was indexed: open at the start rather than at a wrong place.
    const chain = editor.chain().focus();
    if (range) chain.setTextSelection(range).scrollIntoView().run();
    else chain.run();
  }, [editor, request, briefingId]);
}
