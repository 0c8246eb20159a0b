import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSnapshot } from './useEditorSnapshot';

interface Heading {
  level: number;
  text: string;
}

/** Where the n-th top-level heading starts now (looked up on click: positions move with every key typed above it). */
function headingPos(editor: Editor, n: number): number | null {
  let seen = -1;
  let found: number | null = null;
  editor.state.doc.forEach((node, pos) => {
    if (found === null && node.type.name === 'heading' && ++seen === n) found = pos;
  });
  return found;
}

function headingsOf(e: Editor): Heading[] {
  const out: Heading[] = [];
  e.state.doc.forEach((node) => {
    if (node.type.name === 'heading') out.push({ level: Number(node.attrs.level) || 2, text: node.textContent });
  });
  return out;
}

const sameHeadings = (a: Heading[], b: Heading[]) =>
  a.length === b.length && a.every((h, i) => h.text === b[i]!.text && h.level === b[i]!.level);

/** The briefing's headings (recounted after the frame of an edit, not in it); a click puts the cursor there. */
export const Outline = memo(function Outline({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const headings = useEditorSnapshot(editor, headingsOf, sameHeadings, true);
  return (
    <nav className="wb-briefing-outline" aria-label={t('briefing.outline.label')}>
      <h3 className="wb-briefing-outline__title">{t('briefing.outline.label')}</h3>
      {headings.length === 0 ? (
        <p className="wb-muted">{t('briefing.outline.empty')}</p>
      ) : (
        <ul>
          {headings.map((h, i) => (
            <li key={i} className={`wb-briefing-outline__item wb-briefing-outline__item--h${h.level}`}>
              <button
                type="button"
                onClick={() => {
                  const pos = headingPos(editor, i);
                  if (pos === null) return;
                  editor
                    .chain()
                    .focus()
                    .setTextSelection(pos + 1)
                    .scrollIntoView()
                    .run();
                  editor.view.domAtPos(pos + 1).node.parentElement?.scrollIntoView({ block: 'start' });
                }}
              >
                {h.text || t('briefing.outline.untitled')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
});
