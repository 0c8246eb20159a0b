import { useTranslation } from 'react-i18next';
import type { Reliability } from '../../../shared/domain/source';

/**
 * A source's reliability as a compact badge ("B"), in the Admiralty code analysts
 * read at a glance; the full label is its accessible name and tooltip.
 */
export function ReliabilityBadge({ value, large = false }: { value: Reliability | null; large?: boolean }) {
  const { t } = useTranslation();
  const label = value
    ? t('reliability.badge', { code: value, label: t(`reliability.${value}`) })
    : t('reliability.none');
  const classes = ['wb-rel', `wb-rel--${value ?? 'none'}`, large ? 'wb-rel--large' : ''].filter(Boolean).join(' ');
  return (
    <span className={classes} role="img" aria-label={label} title={label}>
      {value ?? '–'}
    </span>
  );
}
