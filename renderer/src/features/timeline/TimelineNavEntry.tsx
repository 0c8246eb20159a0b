import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { ui, useWorkspaceView } from '../../state/uiStore';

/** The navigator's way to the timeline: one button that shows it in the workspace. */
export function TimelineNavEntry({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const open = useWorkspaceView(casePath) === 'timeline';
  return (
    <section className="wb-nav-section wb-nav-section--timeline" aria-label={t('timeline.title')}>
      <Button
        size="small"
        variant="minimal"
        icon="timeline-events"
        text={t('timeline.open')}
        title={t('timeline.openHint')}
        active={open}
        aria-pressed={open}
        onClick={() => ui.showWorkspaceView(casePath, 'timeline')}
      />
    </section>
  );
}
