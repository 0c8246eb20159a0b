import { useTranslation } from 'react-i18next';
import { useEvidenceOfExcerpt } from '../../../api/queries';
import { GradeBadge } from '../../../components/GradeBadge';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../panel/quoteText';

/**
 * Where the excerpt is used (UX.md: "cited in"): each claim, judgment or hypothesis it
 * is evidence for, with its stance and the grade (source reliability + credibility).
 */
export function ExcerptUses({ excerptId }: { excerptId: string }) {
  const { t } = useTranslation();
  const evidence = useEvidenceOfExcerpt(excerptId);
  if (evidence.error) return <ErrorCallout error={toWireError(evidence.error)} />;
  const items = evidence.data ?? [];
  if (!items.length) return <p className="wb-muted wb-history__empty">{t('excerpts.uses.none')}</p>;
  return (
    <ul className="wb-excerpt-uses" aria-label={t('excerpts.uses.title')}>
      {items.map((e) => (
        <li key={e.id} className="wb-excerpt-uses__item">
          <span className="wb-excerpt-uses__what">
            {t(`excerpts.uses.stance.${e.stance}`)} · {t(`excerpts.uses.kind.${e.targetKind}`)}
            <GradeBadge grade={e.grade} />
          </span>
          <span className="wb-excerpt-uses__text">{clipQuote(e.targetText, 200)}</span>
        </li>
      ))}
    </ul>
  );
}
