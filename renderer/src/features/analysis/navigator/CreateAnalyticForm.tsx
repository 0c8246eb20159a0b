import { useState } from 'react';
import { Button, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { ANALYTIC_KINDS, type AnalyticKind, type AnalyticObject } from '../../../../../shared/domain/analysis';
import { useCreateAnalytic } from '../../../api/mutations';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';

/** Kind + words, then Enter or "Add": a new object of the case, selected at once for its details. */
export function CreateAnalyticForm({ onCreated }: { onCreated: (object: AnalyticObject) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AnalyticKind>('claim');
  const [text, setText] = useState('');
  const create = useCreateAnalytic();
  const submit = () => {
    if (!text.trim()) return;
    create.mutate(
      { kind, text: text.trim(), notes: '', tags: [] },
      {
        onSuccess: (object) => {
          setText('');
          onCreated(object);
        },
      },
    );
  };
  return (
    <>
      <form
        className="wb-analysis-create"
        aria-label={t('analysis.create.label')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <HTMLSelect
          aria-label={t('analysis.create.kind')}
          value={kind}
          options={ANALYTIC_KINDS.map((k) => ({ value: k, label: t(`analysis.kinds.${k}`) }))}
          onChange={(e) => setKind(e.currentTarget.value as AnalyticKind)}
        />
        <InputGroup
          aria-label={t('analysis.create.text')}
          placeholder={t('analysis.create.placeholder')}
          value={text}
          maxLength={20_000}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          type="submit"
          icon="add"
          aria-label={t('analysis.create.add')}
          title={t('analysis.create.add')}
          disabled={!text.trim()}
          loading={create.isPending}
        />
      </form>
      {create.error && (
        <div className="wb-analysis-create__error">
          <ErrorCallout error={toWireError(create.error)} />
        </div>
      )}
    </>
  );
}
