import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

interface Heading {
  pos: number;
  level: number;
  text: string;
}

/** The briefing's headings; a click puts the cursor there and scrolls to it. */
export function Outline({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const headings = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const out: Heading[] = [];
      e.state.doc.forEach((node, pos) => {
        if (node.type.name === 'heading')
          out.push({ pos, level: Number(node.attrs.level) || 2, text: node.textContent });
      });
      return out;
    },
    equalityFn: (a, b) =>
      !!a &&
      !!b &&
      a.length === b.length &&
      a.every((h, i) => h.pos === b[i]!.pos && h.text === b[i]!.text && h.level === b[i]!.level),
  });
  return (
    <nav className="wb-briefing-outline" aria-label={t('briefing.outline.label')}>
      <h3 className="wb-briefing-outline__title">{t('briefing.outline.label')}</h3>
      {headings.length === 0 ? (
        <p className="wb-muted">{t('briefing.outline.empty')}</p>
      ) : (
        <ul>
          {headings.map((h) => (
            <li key={h.pos} className={`wb-briefing-outline__item wb-briefing-outline__item--h${h.level}`}>
              <button
                type="button"
                onClick={() => {
                  editor
                    .chain()
                    .focus()
                    .setTextSelection(h.pos + 1)
                    .scrollIntoView()
                    .run();
                  editor.view.domAtPos(h.pos + 1).node.parentElement?.scrollIntoView({ block: 'start' });
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
}
