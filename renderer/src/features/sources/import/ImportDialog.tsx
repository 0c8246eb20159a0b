import { Button, ProgressBar } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../../components/AppDialog';
import { ui } from '../../../state/uiStore';
import { ImportItemRow } from './ImportItemRow';
import { countImport, importQueue, useImportJob } from './importQueue';

/**
 * Progress and per-file results of the current import. Closing it while files are
 * still going leaves the import running (the status bar shows its progress).
 */
export function ImportDialog({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const job = useImportJob();
  const counts = countImport(job.items);
  const open = (sourceId: string) => {
    ui.selectSource(casePath, sourceId);
    ui.closeDialog();
  };
  const summary = [
    counts.imported && t('import.summary.imported', { count: counts.imported }),
    counts.newVersion && t('import.summary.newVersion', { count: counts.newVersion }),
    counts.duplicate && t('import.summary.duplicate', { count: counts.duplicate }),
    counts.failed && t('import.summary.failed', { count: counts.failed }),
    counts.stopped && t('import.summary.stopped', { count: counts.stopped }),
  ].filter(Boolean);

  return (
    <AppDialog
      isOpen
      title={t('import.title')}
      icon="import"
      closeLabel={job.running ? t('import.hide') : t('common.close')}
      onClose={ui.closeDialog}
      className="wb-dialog--wide"
      footer={
        job.running ? (
          <>
            <Button text={t('import.stop')} onClick={importQueue.stop} />
            <Button text={t('import.hide')} onClick={ui.closeDialog} />
          </>
        ) : (
          <Button text={t('common.close')} intent="primary" onClick={ui.closeDialog} autoFocus />
        )
      }
    >
      <div className="wb-import__progress">
        <p className="wb-import__count" role="status">
          {job.running
            ? t('import.progress', { done: counts.done, count: counts.total })
            : t('import.finished', { count: counts.total })}
          {!job.running && summary.length > 0 && <span className="wb-import__summary"> {summary.join(' · ')}</span>}
        </p>
        <ProgressBar
          value={counts.total ? counts.done / counts.total : 0}
          intent={counts.failed ? 'warning' : 'primary'}
          animate={job.running}
          stripes={job.running}
          aria-label={t('import.progressLabel')}
          aria-valuetext={t('import.progressValue', { done: counts.done, count: counts.total })}
        />
      </div>
      <ul className="wb-import__list" aria-label={t('import.files')}>
        {job.items.map((item) => (
          <ImportItemRow key={item.key} item={item} onOpen={open} />
        ))}
      </ul>
    </AppDialog>
  );
}
