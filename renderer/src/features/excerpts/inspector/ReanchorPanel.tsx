import { useState } from 'react';
import { Button, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ReanchorReport } from '../../../../../shared/contract/excerpts';
import type { WireError } from '../../../../../shared/contract/errors';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import {
  useConfirmExcerpt,
  useKeepExcerptAsOrphan,
  useReanchorExcerptManually,
  useReanchorSource,
} from '../../../api/mutations';
import { useUiState } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../panel/quoteText';

/** Similarity 0–1 as the UI language writes a percentage ("87 %", "87%"). */
function percent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * What re-anchoring needs from the analyst, never decided silently:
 * - moved: the old quote beside the proposed words, with their similarity, to confirm,
 *   keep as an orphan, or re-anchor to a selection in the reader;
 * - orphan: re-anchor to a selection (the quote is shown above);
 * - on an older version than the source's current one: re-anchor there, with the report.
 */
export function ReanchorPanel({ excerpt, lang }: { excerpt: Excerpt; lang: string | undefined }) {
  const { t, i18n } = useTranslation();
  const readerSelection = useUiState((s) => s.readerSelection);
  const confirm = useConfirmExcerpt();
  const keep = useKeepExcerptAsOrphan();
  const manual = useReanchorExcerptManually();
  const reanchor = useReanchorSource();
  const [error, setError] = useState<WireError | null>(null);
  const [report, setReport] = useState<ReanchorReport | null>(null);
  const busy = confirm.isPending || keep.isPending || manual.isPending || reanchor.isPending;
  const usable = readerSelection && readerSelection.sourceId === excerpt.sourceId ? readerSelection : null;
  const onError = (err: unknown) => setError(toWireError(err));
  const ref = { excerptId: excerpt.id };
  const needsChoice = excerpt.status !== 'anchored';
  const status = excerpt.status === 'moved' ? 'moved' : 'orphan';
  if (!needsChoice && excerpt.onCurrentVersion && !report) return null;

  const toSelection = () => {
    if (!usable) return;
    setError(null);
    manual.mutate(
      { ...ref, version: usable.version, start: usable.start, end: usable.end, quote: usable.quote },
      { onError },
    );
  };

  return (
    <div className="wb-reanchor" role="group" aria-label={t('excerpts.reanchor.group')}>
      {needsChoice && (
        <Callout
          intent={excerpt.status === 'moved' ? 'warning' : 'danger'}
          icon={excerpt.status === 'moved' ? 'move' : 'disable'}
          title={t(`excerpts.reanchor.${status}Title`)}
          className="wb-reanchor__callout"
        >
          <p>{t(`excerpts.reanchor.${status}Body`, { version: excerpt.version })}</p>
          {excerpt.status === 'moved' && excerpt.proposal && (
            <dl className="wb-reanchor__compare">
              <div>
                <dt>{t('excerpts.reanchor.oldQuote')}</dt>
                <dd lang={lang}>{excerpt.quote}</dd>
              </div>
              <div>
                <dt>
                  {t('excerpts.reanchor.proposed')}{' '}
                  <span className="wb-reanchor__similarity">
                    {t('excerpts.reanchor.similarity', { value: percent(excerpt.proposal.similarity, i18n.language) })}
                  </span>
                </dt>
                <dd lang={lang}>{excerpt.proposal.text}</dd>
              </div>
            </dl>
          )}
          <div className="wb-reanchor__actions">
            {excerpt.status === 'moved' && (
              <>
                <Button
                  size="small"
                  intent="primary"
                  icon="tick"
                  text={t('excerpts.reanchor.confirm')}
                  disabled={busy}
                  onClick={() => {
                    setError(null);
                    confirm.mutate(ref, { onError });
                  }}
                />
                <Button
                  size="small"
                  icon="disable"
                  text={t('excerpts.reanchor.keepOrphan')}
                  disabled={busy}
                  onClick={() => {
                    setError(null);
                    keep.mutate(ref, { onError });
                  }}
                />
              </>
            )}
            <Button
              size="small"
              icon="select"
              text={t('excerpts.reanchor.toSelection')}
              disabled={busy || !usable}
              aria-describedby="reanchor-selection-help"
              // A press must not move focus or collapse the reader's selection before the click reads it.
              onMouseDown={(e) => e.preventDefault()}
              onClick={toSelection}
            />
          </div>
          <p id="reanchor-selection-help" className="wb-reanchor__help">
            {usable
              ? t('excerpts.reanchor.selection', { quote: clipQuote(usable.quote, 120) })
              : t('excerpts.reanchor.selectFirst')}
          </p>
        </Callout>
      )}
      {!excerpt.onCurrentVersion && (
        <Callout intent="primary" icon="history" className="wb-reanchor__callout">
          <p>{t('excerpts.reanchor.olderVersion', { version: excerpt.version })}</p>
          <Button
            size="small"
            icon="refresh"
            text={t('excerpts.reanchor.toCurrent')}
            disabled={busy}
            onClick={() => {
              setError(null);
              reanchor.mutate({ sourceId: excerpt.sourceId }, { onSuccess: setReport, onError });
            }}
          />
        </Callout>
      )}
      {report && (
        <p className="wb-reanchor__report" role="status">
          {t('excerpts.reanchor.report', {
            version: report.version,
            anchored: report.anchored,
            moved: report.moved,
            orphan: report.orphan,
            unchanged: report.unchanged,
          })}
        </p>
      )}
      {error && <ErrorCallout title={t('excerpts.reanchor.failed')} error={error} />}
    </div>
  );
}
