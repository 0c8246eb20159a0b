import { Button, Callout, Checkbox, HTMLSelect, ProgressBar, Radio, RadioGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/contract/errors';
import { useApi, useDoor } from '../../api/client';
import { AppDialog } from '../../components/AppDialog';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { PdfPreview } from './PdfPreview';
import { ANNEX_ORDER, DIALOG_FORMATS, downloadBytes, isCaseWide, type Annex, type DialogFormat } from './formats';
import { useExport, type ExportedFile, type ExportState } from './useExport';
import './export.css';

interface ExportDialogProps {
  briefingId: string;
  caseTitle: string;
  /** A later edition offers the "What changed" annex. */
  isEdition: boolean;
  onClose: () => void;
}

function Progress({ state, onCancel }: { state: Extract<ExportState, { phase: 'running' }>; onCancel: () => void }) {
  const { t } = useTranslation();
  const step = t(`export.step.${state.step}`, { defaultValue: t('export.step.queued') });
  return (
    <div className="wb-export-progress" role="status" aria-live="polite">
      <p>{step}</p>
      <ProgressBar value={Math.max(0.05, state.fraction)} intent="primary" aria-label={t('export.progress')} />
      <Button text={t('export.cancel')} icon="stop" onClick={onCancel} />
    </div>
  );
}

function Warnings({ file }: { file: ExportedFile }) {
  const { t } = useTranslation();
  if (file.warnings.length === 0) return null;
  return (
    <Callout intent="warning" title={t('export.warnings.title')} className="wb-export-warnings" role="alert">
      <ul>
        {file.warnings.map((w) => (
          <li key={w.code}>
            <strong>{t(`export.warnings.${w.code}`)}</strong> {w.message}
          </li>
        ))}
      </ul>
    </Callout>
  );
}

/**
 * Export a briefing: format, paper, annexes; a preview of the very bytes that
 * will be saved (the PDF's pages, drawn by pdf.js); the warnings (deleted or
 * orphaned excerpts, a marking lower than what is cited) before saving; then the
 * browser's download (browser mode) or the native save dialog (desktop).
 */
export function ExportDialog({ briefingId, caseTitle, isEdition, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const door = useDoor();
  const [format, setFormat] = useState<DialogFormat>('pdf');
  const [paper, setPaper] = useState<'A4' | 'Letter'>('A4');
  const [annexes, setAnnexes] = useState<Annex[]>(isEdition ? [...ANNEX_ORDER] : ['sources', 'gaps', 'scale']);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<WireError | null>(null);
  const { state, cancel } = useExport(briefingId, caseTitle, { format, paper, annexes }, attempt);
  const caseWide = isCaseWide(format);
  const choose = (f: () => void) => {
    setSaved(null);
    setSaveError(null);
    f();
  };

  const save = async (file: ExportedFile) => {
    setSaveError(null);
    try {
      // Browser mode downloads; the desktop asks where in its native save dialog.
      if (door === 'browser') {
        downloadBytes(file.bytes, file.fileName, file.mediaType);
        setSaved(file.fileName);
        return;
      }
      const chosen = await api.call('host.showSaveExportDialog', {
        suggestedName: file.fileName,
        extension: file.extension,
        title: t('export.saveDialogTitle'),
      });
      if (!chosen.path) return;
      // The native dialog has already asked before replacing an existing file. A case-wide
      // export has no job in the core: the core builds the same JSON again and writes it.
      const written = file.jobId
        ? await api.call('export.saveJob', { jobId: file.jobId, path: chosen.path, overwrite: true })
        : await api.call('export.saveCase', {
            format: format === 'caseStix' ? 'caseStix' : 'annotations',
            path: chosen.path,
            overwrite: true,
          });
      setSaved(written.path);
    } catch (err) {
      setSaveError(toWireError(err));
    }
  };

  const done = state.phase === 'done' ? state.file : null;
  return (
    <AppDialog
      isOpen
      title={t('export.title')}
      icon="export"
      closeLabel={t('common.close')}
      onClose={onClose}
      className="wb-export-dialog"
      footer={
        <>
          <Button text={t('common.close')} onClick={onClose} />
          <Button
            intent="primary"
            icon={door === 'browser' ? 'download' : 'floppy-disk'}
            text={door === 'browser' ? t('export.download') : t('export.save')}
            disabled={!done}
            onClick={() => done && void save(done)}
          />
        </>
      }
    >
      <div className="wb-export">
        <div className="wb-export__options">
          <RadioGroup
            label={t('export.format')}
            selectedValue={format}
            onChange={(e) => choose(() => setFormat(e.currentTarget.value as DialogFormat))}
          >
            {DIALOG_FORMATS.map((f) => (
              <Radio key={f} value={f} label={t(`export.formats.${f}`)} />
            ))}
          </RadioGroup>
          <label className="wb-export__field">
            {t('export.paper')}
            <HTMLSelect
              value={paper}
              disabled={format !== 'pdf'}
              onChange={(e) => choose(() => setPaper(e.currentTarget.value as 'A4' | 'Letter'))}
              options={[
                { value: 'A4', label: 'A4' },
                { value: 'Letter', label: t('export.letter') },
              ]}
            />
          </label>
          <fieldset className="wb-export__annexes" disabled={!(format === 'pdf' || format === 'html')}>
            <legend>{t('export.annexes')}</legend>
            {ANNEX_ORDER.filter((a) => a !== 'changes' || isEdition).map((a) => (
              <Checkbox
                key={a}
                label={t(`export.annex.${a}`)}
                checked={annexes.includes(a)}
                onChange={(e) =>
                  choose(() => {
                    const on = e.currentTarget.checked;
                    setAnnexes((list) => ANNEX_ORDER.filter((x) => (x === a ? on : list.includes(x))));
                  })
                }
              />
            ))}
          </fieldset>
          {caseWide && <p className="wb-muted">{t('export.caseWideHint')}</p>}
        </div>
        <section className="wb-export__preview" aria-label={t('export.preview.label')}>
          {state.phase === 'running' && <Progress state={state} onCancel={cancel} />}
          {state.phase === 'cancelled' && (
            <Callout intent="none" icon="stop" title={t('export.cancelled')}>
              <p>{t('export.cancelledHint')}</p>
              <Button text={t('export.again')} icon="refresh" onClick={() => setAttempt((n) => n + 1)} />
            </Callout>
          )}
          {state.phase === 'failed' && <ErrorCallout error={state.error} />}
          {done && (
            <>
              <Warnings file={done} />
              <p className="wb-export__facts">
                {done.pageCount !== null
                  ? t('export.factsPages', { name: done.fileName, count: done.pageCount, size: kb(done.bytes) })
                  : t('export.facts', { name: done.fileName, size: kb(done.bytes) })}
              </p>
              {saved && (
                <Callout intent="success" icon="tick" role="status">
                  {door === 'browser' ? t('export.downloaded', { name: saved }) : t('export.saved', { path: saved })}
                </Callout>
              )}
              {saveError && <ErrorCallout error={saveError} />}
              {format === 'pdf' ? (
                <PdfPreview bytes={done.bytes} />
              ) : (
                <p className="wb-muted">{t('export.noPreview')}</p>
              )}
            </>
          )}
        </section>
      </div>
    </AppDialog>
  );
}

const kb = (bytes: Uint8Array) => `${Math.max(1, Math.round(bytes.byteLength / 1024)).toLocaleString()} KB`;
