import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { PropertyList } from '../../components/PropertyList';
import { ui } from '../../state/uiStore';

export function AboutDialog() {
  const { t } = useTranslation();
  const info = useAppInfo().data;
  return (
    <AppDialog
      isOpen
      title={t('commands.help.about')}
      icon="info-sign"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      footer={<Button text={t('common.close')} onClick={ui.closeDialog} autoFocus />}
    >
      {info && (
        <PropertyList
          items={[
            { label: t('about.version'), value: `${info.name} ${info.version}` },
            { label: t('about.schema'), value: String(info.schemaVersion) },
            { label: t('about.door'), value: t(`status.door.${info.door}`) },
            { label: t('about.casesFolder'), value: info.casesFolder, breakAnywhere: true },
          ]}
        />
      )}
      <p className="wb-muted">{t('about.offline')}</p>
    </AppDialog>
  );
}
