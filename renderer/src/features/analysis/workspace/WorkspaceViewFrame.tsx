import type { ReactNode } from 'react';
import { Button, Icon, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { ui, useSelection } from '../../../state/uiStore';

/**
 * A workspace view's region with its heading and the way back to the reader (when a
 * source is open); `controls` (filters, a toolbar) sit between the heading and the body.
 */
export function WorkspaceViewFrame({
  casePath,
  title,
  icon,
  className,
  controls,
  children,
}: {
  casePath: string;
  title: string;
  icon: IconName;
  className?: string;
  controls?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const selection = useSelection(casePath);
  return (
    <section
      className={className ? `wb-analysis-view ${className}` : 'wb-analysis-view'}
      aria-labelledby="wb-analysis-view-title"
    >
      <header className="wb-analysis-view__header">
        <Icon icon={icon} aria-hidden />
        <h2 id="wb-analysis-view-title" className="wb-analysis-view__title">
          {title}
        </h2>
        <Button
          size="small"
          variant="minimal"
          icon="cross"
          text={selection ? t('analysis.backToReader') : t('common.close')}
          onClick={() => ui.showWorkspaceView(casePath, null)}
        />
      </header>
      {controls}
      <div className="wb-analysis-view__body">{children}</div>
    </section>
  );
}
