import { NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

export function WorkspacePane() {
  const { t } = useTranslation();
  return (
    <div className="wb-workspace">
      <NonIdealState icon="document-open" title={t('workspace.emptyTitle')} description={t('workspace.emptyBody')} />
    </div>
  );
}
