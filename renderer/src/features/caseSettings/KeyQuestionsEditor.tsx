import { useEffect, useRef } from 'react';
import { Button, ButtonGroup, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

export interface KiqDraft {
  /** Local key for React; stable across reordering. */
  key: string;
  /** The stored id, absent for questions added in this dialog. */
  id?: string;
  text: string;
}

interface KeyQuestionsEditorProps {
  items: KiqDraft[];
  onChange: (items: KiqDraft[]) => void;
}

let counter = 0;
export const newKiqKey = () => `new-${++counter}`;

function move<T>(list: T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** An ordered, editable list: add, remove, move up/down, all with labelled buttons. */
export function KeyQuestionsEditor({ items, onChange }: KeyQuestionsEditorProps) {
  const { t } = useTranslation();
  const focusKey = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // After adding or moving, keep focus on the row the analyst is working with.
  useEffect(() => {
    if (!focusKey.current) return;
    const input = listRef.current?.querySelector<HTMLInputElement>(`[data-kiq="${focusKey.current}"]`);
    input?.focus();
    focusKey.current = null;
  });

  const update = (index: number, text: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, text } : item)));

  return (
    <div className="wb-kiqs">
      {items.length === 0 ? (
        <p className="wb-muted wb-kiqs__empty">{t('settings.kiqsEmpty')}</p>
      ) : (
        <ol className="wb-kiqs__list" ref={listRef}>
          {items.map((item, i) => {
            const n = i + 1;
            return (
              <li key={item.key} className="wb-kiqs__row">
                <span className="wb-kiqs__number" aria-hidden>
                  {n}.
                </span>
                <InputGroup
                  fill
                  data-kiq={item.key}
                  aria-label={t('settings.kiqLabel', { n })}
                  value={item.text}
                  maxLength={2000}
                  onValueChange={(v) => update(i, v)}
                />
                <ButtonGroup variant="minimal">
                  <Button
                    icon="arrow-up"
                    aria-label={t('settings.moveUp', { n })}
                    title={t('settings.moveUp', { n })}
                    disabled={i === 0}
                    onClick={() => {
                      focusKey.current = item.key;
                      onChange(move(items, i, i - 1));
                    }}
                  />
                  <Button
                    icon="arrow-down"
                    aria-label={t('settings.moveDown', { n })}
                    title={t('settings.moveDown', { n })}
                    disabled={i === items.length - 1}
                    onClick={() => {
                      focusKey.current = item.key;
                      onChange(move(items, i, i + 1));
                    }}
                  />
                  <Button
                    icon="trash"
                    aria-label={t('settings.removeKiq', { n })}
                    title={t('settings.removeKiq', { n })}
                    onClick={() => onChange(items.filter((_, j) => j !== i))}
                  />
                </ButtonGroup>
              </li>
            );
          })}
        </ol>
      )}
      <Button
        icon="add"
        variant="outlined"
        size="small"
        text={t('settings.addKiq')}
        onClick={() => {
          const key = newKiqKey();
          focusKey.current = key;
          onChange([...items, { key, text: '' }]);
        }}
      />
    </div>
  );
}
