import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { ResizablePanes, type PaneLabels } from '../../components/ResizablePanes';
import { ImportController } from '../sources/import/ImportController';
import { CaseHeader } from './CaseHeader';
import { InspectorPane } from './InspectorPane';
import { NavigatorPane } from './NavigatorPane';
import { StatusBar } from './StatusBar';
import { PANE_LIMITS, usePaneLayout } from './usePaneLayout';
import { WorkspacePane } from './WorkspacePane';

export function CaseView({ info }: { info: CaseInfo }) {
  const { t } = useTranslation();
  const layout = usePaneLayout();
  const labels: PaneLabels = {
    resize: (title) => t('caseView.resize', { pane: title }),
    collapse: (title) => t('caseView.collapse', { pane: title }),
    expand: (title) => t('caseView.expand', { pane: title }),
  };
  return (
    <>
      <CaseHeader info={info} />
      <ResizablePanes
        left={{
          id: 'navigator',
          title: t('caseView.navigator'),
          size: layout.sizes.navigator,
          collapsed: layout.collapsed.navigator,
          ...PANE_LIMITS.navigator,
          content: <NavigatorPane casePath={info.path} />,
        }}
        right={{
          id: 'inspector',
          title: t('caseView.inspector'),
          size: layout.sizes.inspector,
          collapsed: layout.collapsed.inspector,
          ...PANE_LIMITS.inspector,
          content: <InspectorPane info={info} />,
        }}
        centerLabel={t('caseView.workspace')}
        center={<WorkspacePane casePath={info.path} />}
        labels={labels}
        onResize={layout.resize}
        onToggleCollapse={layout.toggle}
      />
      <StatusBar info={info} />
      <ImportController casePath={info.path} />
    </>
  );
}
