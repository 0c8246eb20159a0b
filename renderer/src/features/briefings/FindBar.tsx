import { Button, InputGroup } from '@blueprintjs/core';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLayer } from './decorations';
import { findMatches } from './findText';

/** Find and replace in the briefing: case-insensitive, umlauts literal; matches are highlighted. */
export function FindBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(0);
  const [docVersion, setDocVersion] = useState(0);
  useEffect(() => {
    const bump = () => setDocVersion((v) => v + 1);
    editor.on('update', bump);
    return () => void editor.off('update', bump);
  }, [editor]);
  // docVersion: recompute after each edit.
  const matches = useMemo(() => findMatches(editor.state.doc, query), [editor, query, docVersion]);
  const index = matches.length ? Math.min(current, matches.length - 1) : -1;

  useEffect(() => {
    editor.view.dispatch(
      findLayer.set(
        editor.state,
        matches.map((m, i) => ({
          ...m,
          className: i === index ? 'wb-find-match wb-find-match--current' : 'wb-find-match',
        })),
      ),
    );
  }, [editor, matches, index]);
  useEffect(() => () => void (!editor.isDestroyed && editor.view.dispatch(findLayer.set(editor.state, []))), [editor]);

  const go = (delta: number) => {
    if (!matches.length) return;
    const next = (index + delta + matches.length) % matches.length;
    setCurrent(next);
    const m = matches[next]!;
    editor.chain().setTextSelection(m).scrollIntoView().run();
  };
  const replaceOne = () => {
    const m = matches[index];
    if (!m) return;
    editor.chain().focus().insertContentAt(m, replacement).run();
  };
  const replaceAll = () => {
    if (!matches.length) return;
    const tr = editor.state.tr;
    // From the last match back, so earlier positions stay valid.
    for (const m of [...matches].reverse()) {
      if (replacement) tr.insertText(replacement, m.from, m.to);
      else tr.delete(m.from, m.to);
    }
    editor.view.dispatch(tr);
  };
  const count = query ? t('briefing.find.count', { current: index + 1, count: matches.length }) : '';
  return (
    <search className="wb-briefing-find" aria-label={t('briefing.find.label')}>
      <InputGroup
        autoFocus
        size="small"
        leftIcon="search"
        aria-label={t('briefing.find.find')}
        placeholder={t('briefing.find.find')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
        rightElement={
          <span className="wb-briefing-find__count" aria-live="polite">
            {count}
          </span>
        }
      />
      <Button
        size="small"
        variant="minimal"
        icon="chevron-up"
        aria-label={t('briefing.find.previous')}
        onClick={() => go(-1)}
      />
      <Button
        size="small"
        variant="minimal"
        icon="chevron-down"
        aria-label={t('briefing.find.next')}
        onClick={() => go(1)}
      />
      <InputGroup
        size="small"
        aria-label={t('briefing.find.replaceWith')}
        placeholder={t('briefing.find.replaceWith')}
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
        disabled={!editor.isEditable}
      />
      <Button
        size="small"
        text={t('briefing.find.replace')}
        onClick={replaceOne}
        disabled={index < 0 || !editor.isEditable}
      />
      <Button
        size="small"
        text={t('briefing.find.replaceAll')}
        onClick={replaceAll}
        disabled={index < 0 || !editor.isEditable}
      />
      <Button size="small" variant="minimal" icon="cross" aria-label={t('briefing.find.close')} onClick={onClose} />
    </search>
  );
}
