import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Matches of a search in the document's text, case-insensitive but otherwise literal:
 * "Ä" finds "ä", never "a" or "ae" (German writers search for the word they wrote).
 * Matches stay within one text node run, so a reference or a mark boundary in the
 * middle of a word does not produce a range that spans an atom.
 */
export function findMatches(doc: PMNode, query: string): { from: number; to: number }[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase('de');
  const out: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Runs of consecutive text nodes (marks split text into nodes; atoms break a run).
    let run = '';
    let runStart = -1;
    const flush = () => {
      if (run.length >= needle.length) {
        const hay = run.toLocaleLowerCase('de');
        // Lower-casing must keep lengths for positions to line up; skip the rare run where it does not.
        if (hay.length === run.length) {
          for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
            out.push({ from: runStart + i, to: runStart + i + needle.length });
          }
        }
      }
      run = '';
      runStart = -1;
    };
    node.forEach((child, offset) => {
      if (child.isText) {
        if (runStart < 0) runStart = pos + 1 + offset;
        run += child.text ?? '';
      } else {
        flush();
      }
    });
    flush();
    return false;
  });
  return out;
}
