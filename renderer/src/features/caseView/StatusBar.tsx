import { Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { useAppInfo } from '../../api/queries';

export function StatusBar({ info }: { info: CaseInfo }) {
  const { t } = useTranslation();
  const door = useAppInfo().data?.door;
  return (
    <footer className="wb-statusbar" aria-label={t('status.label')}>
      <span className="wb-statusbar__item" title={info.path}>
        <Icon icon="database" size={12} aria-hidden />
        {info.fileName}
      </span>
      <span className="wb-statusbar__item" role="status">
        <Icon icon="tick-circle" size={12} aria-hidden />
        {t('status.saved')}
      </span>
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
