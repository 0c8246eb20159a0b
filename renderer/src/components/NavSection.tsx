import type { ReactNode } from 'react';
import { Icon, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

/**
 * One section of the navigator (sources, excerpts, analysis …): a region named by its
 * heading, which shows the kind's icon, its name and how many there are.
 */
export function NavSection(props: {
  /** The kind, for the section's class and the heading's id: `sources` → `wb-nav-section--sources`, `nav-sources`. */
  name: string;
  icon: IconName;
  title: string;
  count: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `nav-${props.name}`;
  return (
    <section className={`wb-nav-section wb-nav-section--${props.name}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="wb-nav-section__title">
        <Icon icon={props.icon} size={14} aria-hidden />
        <span>{props.title}</span>
        <span className="wb-count" aria-label={t('navigator.count', { count: props.count })}>
          {props.count}
        </span>
      </h3>
      {props.children}
    </section>
  );
}
