import { Button, Icon, Spinner, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { warningLabel } from '../labels';
import { describeOutcome, type OutcomeText } from './describeOutcome';
import type { ImportItem } from './importQueue';

const TONE_ICON: Record<Exclude<OutcomeText['tone'], 'progress'>, IconName> = {
  success: 'tick-circle',
  notice: 'info-sign',
  danger: 'error',
};

/** One file of an import: its name, what happened, and a way to the source it became. */
export function ImportItemRow({ item, onOpen }: { item: ImportItem; onOpen: (sourceId: string) => void }) {
  const { t, i18n } = useTranslation();
  const text = describeOutcome(t, item, i18n.language);
  const sourceId = item.outcome?.sourceId;
  const title = item.outcome?.title ?? item.name;
  return (
    <li className={`wb-import__item wb-import__item--${text.tone}`}>
      <span className="wb-import__icon" aria-hidden>
        {text.tone === 'progress' ? (
          item.state === 'working' ? (
            <Spinner size={14} />
          ) : (
            <Icon icon="time" size={14} />
          )
        ) : (
          <Icon icon={TONE_ICON[text.tone]} size={14} />
        )}
      </span>
      <span className="wb-import__body">
        <span className="wb-import__name">{item.name}</span>
        <span className="wb-import__status">{text.text}</span>
        {text.detail && <span className="wb-import__detail">{text.detail}</span>}
        {item.outcome?.warnings?.map((w) => (
          <span key={w} className="wb-import__detail">
            {warningLabel(t, w)}
          </span>
        ))}
      </span>
      {sourceId && (
        <Button
          size="small"
          variant="outlined"
          text={t('import.open')}
          aria-label={t('import.openSource', { title })}
          onClick={() => onOpen(sourceId)}
        />
      )}
    </li>
  );
}
