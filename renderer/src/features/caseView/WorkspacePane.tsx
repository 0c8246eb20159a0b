import { Button, NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useBriefingSelection, useSelection, useWorkspaceView } from '../../state/uiStore';
import { AchMatrixView } from '../analysis/workspace/AchMatrixView';
import { ChecksView } from '../analysis/workspace/ChecksView';
import { BriefingView } from '../briefings/BriefingView';
import { useRunCommand } from '../commands/commandContext';
import { SearchView } from '../search/SearchView';
import { Reader } from '../sources/reader/Reader';
import { TimelineView } from '../timeline/TimelineView';

export function WorkspacePane({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const selection = useSelection(casePath);
  // The analysis views (opened from the navigator or a command) show until a source is chosen again.
  const view = useWorkspaceView(casePath);
  const briefingId = useBriefingSelection(casePath);
  if (view === 'checks') return <ChecksView casePath={casePath} />;
  if (view === 'ach') return <AchMatrixView casePath={casePath} />;
  if (view === 'search') return <SearchView casePath={casePath} />;
  if (view === 'timeline') return <TimelineView casePath={casePath} />;
  if (briefingId) return <BriefingView key={briefingId} casePath={casePath} briefingId={briefingId} />;
  if (selection) return <Reader casePath={casePath} selection={selection} />;
  return (
    <div className="wb-workspace">
      <NonIdealState
        icon="document-open"
        title={t('workspace.emptyTitle')}
        description={t('workspace.emptyBody')}
        action={<Button icon="import" text={t('sources.import')} onClick={() => run('sources.import')} />}
      />
    </div>
  );
}
