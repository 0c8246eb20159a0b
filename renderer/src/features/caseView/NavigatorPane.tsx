import { Icon, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { AnalysisSection } from '../analysis/navigator/AnalysisSection';
import { ExcerptsSection } from '../excerpts/panel/ExcerptsSection';
import { SourcesSection } from '../sources/list/SourcesSection';

const LATER_SECTIONS: { key: 'briefings'; icon: IconName }[] = [{ key: 'briefings', icon: 'manual' }];

/** The case's contents by kind: sources, excerpts, then the sections later issues fill (each says what will appear). */
export function NavigatorPane({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  return (
    <div className="wb-navigator">
      <SourcesSection casePath={casePath} />
      <ExcerptsSection casePath={casePath} />
      <AnalysisSection casePath={casePath} />
      {LATER_SECTIONS.map(({ key, icon }) => (
        <section key={key} className="wb-nav-section" aria-labelledby={`nav-${key}`}>
          <h3 id={`nav-${key}`} className="wb-nav-section__title">
            <Icon icon={icon} size={14} aria-hidden />
            <span>{t(`navigator.${key}`)}</span>
            <span className="wb-count" aria-label={t('navigator.count', { count: 0 })}>
              0
            </span>
          </h3>
          <p className="wb-nav-section__empty">{t(`navigator.${key}Empty`)}</p>
        </section>
      ))}
    </div>
  );
}
