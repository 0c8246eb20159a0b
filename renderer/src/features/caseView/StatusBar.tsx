import { Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { useAppInfo, useSourceList } from '../../api/queries';
import { ui } from '../../state/uiStore';
import { countImport, useImportJob } from '../sources/import/importQueue';

/** An import running behind a closed dialog shows its progress here; a click brings the dialog back. */
function ImportProgress() {
  const { t } = useTranslation();
  const job = useImportJob();
  if (!job.running) return null;
  const counts = countImport(job.items);
  return (
    <button type="button" className="wb-statusbar__item wb-statusbar__button" onClick={() => ui.openDialog('import')}>
      <Icon icon="import" size={12} aria-hidden />
      {t('import.progress', { done: counts.done, count: counts.total })}
    </button>
  );
}

export function StatusBar({ info }: { info: CaseInfo }) {
  const { t } = useTranslation();
  const door = useAppInfo().data?.door;
  // The same query as the navigator's count, so this costs nothing extra.
  const sources = useSourceList({ sort: 'title', direction: 'asc' }).data?.total;
  return (
    <footer className="wb-statusbar" aria-label={t('status.label')}>
      <span className="wb-statusbar__item" title={info.path}>
        <Icon icon="database" size={12} aria-hidden />
        {info.fileName}
      </span>
      {sources !== undefined && (
        <span className="wb-statusbar__item">
          <Icon icon="document" size={12} aria-hidden />
          {t('status.sources', { count: sources })}
        </span>
      )}
      <span className="wb-statusbar__item" role="status">
        <Icon icon="tick-circle" size={12} aria-hidden />
        {t('status.saved')}
      </span>
      <ImportProgress />
      <span className="wb-statusbar__spacer" />
      {door && (
        <span className="wb-statusbar__item">
          <Icon icon={door === 'electron' ? 'desktop' : 'globe-network'} size={12} aria-hidden />
          {t(`status.door.${door}`)}
        </span>
      )}
    </footer>
  );
}
