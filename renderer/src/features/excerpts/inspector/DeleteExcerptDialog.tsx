import { useState } from 'react';
import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { useDeleteExcerpt } from '../../../api/mutations';
import { AppDialog } from '../../../components/AppDialog';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../panel/quoteText';
import { describeUses, usesFromDetails } from './usedBy';

interface DeleteExcerptDialogProps {
  excerpt: Excerpt;
  lang: string | undefined;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Asks before deleting an excerpt, quoting it. While a claim or briefing uses it the
 * core refuses (IN_USE); the dialog then names those uses and offers to remove them
 * too (`force`), as a separate, explicit choice.
 */
export function DeleteExcerptDialog({ excerpt, lang, onClose, onDeleted }: DeleteExcerptDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteExcerpt();
  const [error, setError] = useState<WireError | null>(null);
  const inUse = error?.code === 'IN_USE';
  const uses = inUse ? usesFromDetails(error.details) : [];

  const run = (force: boolean) => {
    setError(null);
    remove.mutate(
      { excerptId: excerpt.id, force },
      { onSuccess: onDeleted, onError: (err) => setError(toWireError(err)) },
    );
  };

  return (
    <AppDialog
      isOpen
      title={t('excerpts.delete.title')}
      icon="trash"
      closeLabel={t('common.close')}
      onClose={onClose}
      footer={
        <>
          <Button text={t('common.cancel')} onClick={onClose} autoFocus />
          {inUse ? (
            <Button
              intent="danger"
              text={t('excerpts.delete.force')}
              loading={remove.isPending}
              onClick={() => run(true)}
            />
          ) : (
            <Button
              intent="danger"
              text={t('excerpts.delete.confirm')}
              loading={remove.isPending}
              onClick={() => run(false)}
            />
          )}
        </>
      }
    >
      <p>{t('excerpts.delete.question')}</p>
      <blockquote className="wb-excerpt-delete__quote" lang={lang}>
        {clipQuote(excerpt.quote, 400)}
      </blockquote>
      <p className="wb-muted">{t('excerpts.delete.consequence')}</p>
      {error &&
        (inUse ? (
          <ErrorCallout
            title={t('excerpts.delete.inUseTitle')}
            error={error}
            message={
              uses.length
                ? t('excerpts.delete.inUseList', {
                    uses: describeUses(t, uses),
                  })
                : t('excerpts.delete.inUse')
            }
          />
        ) : (
          <ErrorCallout title={t('excerpts.delete.failed')} error={error} />
        ))}
    </AppDialog>
  );
}
