import { useState } from 'react';
import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { useSetOrigin } from '../../../api/mutations';
import { useOrigins } from '../../../api/queries';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { useSourceSummaries } from '../../excerpts/panel/useSourceSummaries';

/**
 * "Derived from": the source this one repeats (an article carrying an agency statement).
 * Corroboration counts independent origins, so a derived source adds none of its own.
 * A choice that would make a loop is refused by the core, and its reason is shown.
 */
export function DerivedFromPicker({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation();
  const origins = useOrigins();
  const sources = useSourceSummaries();
  const set = useSetOrigin();
  const [error, setError] = useState<WireError | null>(null);
  const mine = origins.data?.find((o) => o.sourceId === sourceId);
  const others = [...sources.values()].filter((s) => s.id !== sourceId);
  return (
    <div className="wb-derived-from">
      <FormGroup
        label={t('analysis.origins.derivedFrom')}
        labelFor={`derived-from-${sourceId}`}
        helperText={t('analysis.origins.help')}
      >
        <HTMLSelect
          id={`derived-from-${sourceId}`}
          fill
          value={mine?.derivedFromId ?? ''}
          disabled={!origins.data}
          options={[
            { value: '', label: t('analysis.origins.independent') },
            ...others.map((s) => ({ value: s.id, label: s.title })),
          ]}
          onChange={(e) => {
            setError(null);
            set.mutate(
              { sourceId, derivedFromId: e.currentTarget.value || null },
              { onError: (err) => setError(toWireError(err)) },
            );
          }}
        />
      </FormGroup>
      {mine && mine.originId !== sourceId && (
        <p className="wb-derived-from__origin" role="status">
          {t('analysis.origins.origin', { title: mine.originTitle })}
        </p>
      )}
      {error && (
        <ErrorCallout
          error={error}
          title={t('analysis.origins.refused')}
          message={error.code === 'INVALID_INPUT' ? t('analysis.origins.loop') : undefined}
        />
      )}
    </div>
  );
}
