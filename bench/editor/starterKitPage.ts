/**
 * The baseline page for the editor benchmark: plain StarterKit tiptap, nothing else,
 * on the same text as the briefing (references written out as text). Bundled into the
 * benchmark's temp folder and served from there; it reports its load time on window.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    benchLoaded?: number;
  }
}

const start = performance.now();
const doc: unknown = await (await fetch('./plain.json', { cache: 'no-store' })).json();
new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  extensions: [StarterKit],
  content: doc as Record<string, unknown>,
  injectCSS: false,
});
// After the next paint: the frame's callbacks ran, then a task posted from them.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (window.benchLoaded = performance.now() - start);
  channel.port2.postMessage(0);
});
