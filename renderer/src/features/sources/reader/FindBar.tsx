import { useEffect, useRef } from 'react';
import { Button, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { FindState } from './useFind';

/** Find in the source: Enter / Shift+Enter for next / previous, Esc closes. */
export function FindBar({
  find,
  onClose,
  focusRequest,
}: {
  find: FindState;
  onClose: () => void;
  focusRequest: number;
}) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const count = find.matches.length;

  // Ctrl/Cmd+F again while the bar is open goes back to the field, with its text selected.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  let status = '';
  if (find.query.trim() && !find.pending) {
    const total = new Intl.NumberFormat(i18n.language).format(count) + (find.capped ? '+' : '');
    status = count ? t('find.position', { n: find.current + 1, total }) : t('find.none');
  }

  return (
    <div className="wb-findbar" role="search" aria-label={t('find.label')}>
      <InputGroup
        inputRef={input}
        size="small"
        leftIcon="search"
        className="wb-findbar__input"
        aria-label={t('find.field')}
        placeholder={t('find.placeholder')}
        value={find.query}
        onValueChange={find.setQuery}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) find.previous();
            else find.next();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="wb-findbar__count" role="status">
        {status}
      </span>
      <Button
        size="small"
        variant="minimal"
        icon="chevron-up"
        aria-label={t('find.previous')}
        title={t('find.previous')}
        disabled={!count}
        onClick={find.previous}
      />
      <Button
        size="small"
        variant="minimal"
        icon="chevron-down"
        aria-label={t('find.next')}
        title={t('find.next')}
        disabled={!count}
        onClick={find.next}
      />
      <Button
        size="small"
        variant="minimal"
        icon="cross"
        aria-label={t('find.close')}
        title={t('find.close')}
        onClick={onClose}
      />
    </div>
  );
}
