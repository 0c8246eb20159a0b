import { Callout, FormGroup, HTMLSelect, InputGroup, TextArea } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/domain/briefing';
import { TLP_MARKINGS, type TlpMarking } from '../../../../shared/domain/markings';
import { BRIEFING_LANGUAGES, type BriefingLanguage } from '../../../../shared/editor/templates';
import { useMethodMutation } from '../../api/mutations';
import { useMethodQuery } from '../../api/queries';
import { TlpLabel } from '../../components/TlpLabel';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';

type Patch = Partial<
  Pick<Briefing, 'title' | 'audience' | 'tlpSetting' | 'handling' | 'date' | 'authors' | 'language'>
>;

const FOLLOW = 'follow';

/** yyyy-mm-dd of an epoch-ms day (UTC, as stored), and back. */
const toDateInput = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));
const fromDateInput = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : null);

/** A text field that sends its value when it loses focus (or on Enter), not on every key. */
function CommitField({
  id,
  label,
  value,
  multiline,
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  onCommit: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <FormGroup label={label} labelFor={id}>
      {multiline ? (
        <TextArea id={id} fill value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <InputGroup
          id={id}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </FormGroup>
  );
}

/** The open briefing's details: title, audience, marking (following what it cites unless set), handling, date, authors. */
export function BriefingInspector({ briefingId }: { briefingId: string }) {
  const { t } = useTranslation();
  const query = useMethodQuery('briefings.get', { id: briefingId });
  const update = useMethodMutation('briefings.update', {
    onSuccess: (b, qc) =>
      qc.setQueryData(['briefings.get', { id: b.id }], (old: Briefing | undefined) =>
        old ? { ...old, ...b, doc: old.doc } : b,
      ),
  });
  const b = query.data;
  if (!b) return <div className="wb-inspector" />;
  const send = (patch: Patch) => update.mutate({ id: b.id, patch });
  const ro = b.readOnly;
  return (
    <div className="wb-inspector wb-briefing-meta">
      <div className="wb-inspector__heading">
        <h3 className="wb-inspector__title">{t('briefing.meta.heading')}</h3>
      </div>
      {update.error && <ErrorCallout error={toWireError(update.error)} />}
      <fieldset disabled={ro} className="wb-briefing-meta__fields">
        <CommitField
          id="wb-bm-title"
          label={t('briefing.meta.title')}
          value={b.title}
          onCommit={(title) => title.trim() && send({ title: title.trim() })}
        />
        <CommitField
          id="wb-bm-audience"
          label={t('briefing.meta.audience')}
          value={b.audience}
          onCommit={(audience) => send({ audience })}
        />
        <FormGroup
          label={t('briefing.meta.tlp')}
          labelFor="wb-bm-tlp"
          helperText={t('briefing.meta.citedMarking', { tlp: b.citedMarking })}
        >
          <HTMLSelect
            fill
            id="wb-bm-tlp"
            value={b.tlpSetting ?? FOLLOW}
            onChange={(e) => send({ tlpSetting: e.target.value === FOLLOW ? null : (e.target.value as TlpMarking) })}
            options={[
              { value: FOLLOW, label: t('briefing.meta.followsCited', { tlp: b.citedMarking }) },
              ...TLP_MARKINGS.map((m) => ({ value: m, label: m })),
            ]}
          />
        </FormGroup>
        <p className="wb-briefing-meta__marking">
          {t('briefing.meta.inForce')} <TlpLabel tlp={b.tlp} small />
        </p>
        {b.markingWarning && (
          <Callout intent="warning" icon="warning-sign" role="alert">
            {t('briefing.meta.markingWarning', { tlp: b.tlp, cited: b.citedMarking })}
          </Callout>
        )}
        <CommitField
          id="wb-bm-handling"
          label={t('briefing.meta.handling')}
          value={b.handling}
          onCommit={(handling) => send({ handling })}
        />
        <FormGroup label={t('briefing.meta.date')} labelFor="wb-bm-date">
          <InputGroup
            id="wb-bm-date"
            type="date"
            value={toDateInput(b.date)}
            onChange={(e) => send({ date: fromDateInput(e.target.value) })}
          />
        </FormGroup>
        <CommitField
          id="wb-bm-authors"
          label={t('briefing.meta.authors')}
          value={b.authors.join(', ')}
          onCommit={(v) =>
            send({
              authors: v
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            })
          }
        />
        <FormGroup label={t('briefing.meta.language')} labelFor="wb-bm-language">
          <HTMLSelect
            id="wb-bm-language"
            value={b.language}
            onChange={(e) => send({ language: e.target.value as BriefingLanguage })}
            options={BRIEFING_LANGUAGES.map((l) => ({ value: l, label: t(`briefing.languages.${l}`) }))}
          />
        </FormGroup>
      </fieldset>
      <p className="wb-muted">
        {t('briefing.meta.edition', { edition: b.edition })} · {t('briefing.meta.revision', { revision: b.revision })}
      </p>
    </div>
  );
}
