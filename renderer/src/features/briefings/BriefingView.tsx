import { NonIdealState, Spinner } from '@blueprintjs/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseInfo, useMethodQuery } from '../../api/queries';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { BriefingEditor } from './BriefingEditor';

/** The workspace with a briefing open: loads it once, then the editor owns the document. */
export function BriefingView({ casePath, briefingId }: { casePath: string; briefingId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const briefing = useMethodQuery('briefings.get', { id: briefingId });
  const scale = useCaseInfo().data?.likelihoodScale ?? 'ICD203';
  const [reloads, setReloads] = useState(0);
  if (briefing.error) {
    return (
      <div className="wb-workspace">
        <ErrorCallout error={toWireError(briefing.error)} />
      </div>
    );
  }
  if (!briefing.data) {
    return (
      <div className="wb-workspace">
        <NonIdealState icon={<Spinner size={24} />} title={t('briefing.loading')} />
      </div>
    );
  }
  return (
    <BriefingEditor
      key={`${briefingId}:${reloads}`}
      briefing={briefing.data}
      casePath={casePath}
      scale={scale}
      onReload={() =>
        void queryClient
          .refetchQueries({ queryKey: ['briefings.get', { id: briefingId }] })
          .then(() => setReloads((n) => n + 1))
      }
    />
  );
}
