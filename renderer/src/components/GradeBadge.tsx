import { useTranslation } from 'react-i18next';

/**
 * The combined Admiralty grade ("B2": source reliability + information credibility) as a
 * compact badge; a missing half shows as "–". The halves are spelled out for screen readers.
 */
export function GradeBadge({ grade }: { grade: string }) {
  const { t } = useTranslation();
  const [reliability = '–', credibility = '–'] = Array.from(grade);
  const label = t('tradecraft.gradeLabel', {
    grade,
    reliability: reliability === '–' ? t('reliability.none') : reliability,
    credibility: credibility === '–' ? t('tradecraft.credibilityNone') : credibility,
  });
  return (
    <span
      className={`wb-grade wb-rel--${reliability === '–' ? 'none' : reliability}`}
      role="img"
      aria-label={label}
      title={label}
    >
      {grade}
    </span>
  );
}
