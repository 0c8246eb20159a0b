import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCard } from './CheckCard';
import { formatCount } from './format';
import { useSignal, type Signal } from './signals';
import type { SaveStatus } from './useAutosave';
import type { PlacedIssue } from './useChecks';

/**
 * The status strip under the briefing: words, open checks, save state. Each comes
 * from a signal, so only this strip renders when one changes, after the frame.
 */
export function BriefingStatusBar({
  words,
  issues,
  save,
}: {
  words: Signal<number>;
  issues: Signal<PlacedIssue[]>;
  save: Signal<SaveStatus>;
}) {
  const { t, i18n } = useTranslation();
  const count = useSignal(words);
  const all = useSignal(issues);
  const open = useMemo(() => all.filter((i) => !i.dismissed).length, [all]);
  const { state } = useSignal(save);
  const saveLabel =
    state === 'readOnly'
      ? t('briefing.save.readOnly')
      : state === 'saved'
        ? t('briefing.save.saved')
        : state === 'error'
          ? t('briefing.save.error')
          : state === 'conflict'
            ? t('briefing.save.conflict')
            : t('briefing.save.saving');
  return (
    <div className="wb-briefing__status" role="status" aria-label={t('briefing.status.label')}>
      <span>{t('briefing.status.words', { count, formatted: formatCount(count, i18n.language) })}</span>
      <span className={open ? 'wb-briefing__checks wb-briefing__checks--open' : 'wb-briefing__checks'}>
        {t('briefing.status.checks', { count: open })}
      </span>
      <span className={`wb-briefing__save wb-briefing__save--${state}`}>{saveLabel}</span>
    </div>
  );
}

/** The card of the open check under the cursor; renders only when the cursor enters or leaves a check. */
export function CheckAtCursor({
  editor,
  briefingId,
  issues,
}: {
  editor: Editor;
  briefingId: string;
  issues: Signal<PlacedIssue[]>;
}) {
  const all = useSignal(issues);
  const open = useMemo(() => all.filter((i) => !i.dismissed), [all]);
  const [key, setKey] = useState<string | null>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const onSel = () => {
      const at = editor.state.selection.from;
      const next = open.find((i) => at >= i.from && at <= i.to)?.key ?? null;
      // No state update while it stays the same (every key moves the cursor).
      if (next !== shown.current) setKey((shown.current = next));
    };
    onSel();
    editor.on('selectionUpdate', onSel);
    return () => void editor.off('selectionUpdate', onSel);
  }, [editor, open]);
  const issue = open.find((i) => i.key === key) ?? null;
  return issue ? <CheckCard briefingId={briefingId} issue={issue} /> : null;
}
