import { Button, NavbarDivider, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { TlpLabel } from '../../components/TlpLabel';
import { TopBar } from '../app/TopBar';
import { useRunCommand } from '../commands/commandContext';

/** On narrow windows the text hides (CSS) and the aria-label keeps the button's name. */
function HeaderAction({ icon, text, onClick }: { icon: IconName; text: string; onClick: () => void }) {
  return (
    <Button
      className="wb-topbar__action"
      variant="minimal"
      icon={icon}
      text={text}
      aria-label={text}
      title={text}
      onClick={onClick}
    />
  );
}

/** The case's title and handling marking, always in view, as on every export. */
export function CaseHeader({ info }: { info: CaseInfo }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  return (
    <TopBar
      actions={
        <>
          <HeaderAction icon="search" text={t('search.open')} onClick={() => run('search.open')} />
          <HeaderAction icon="import" text={t('sources.import')} onClick={() => run('sources.import')} />
          <HeaderAction icon="cog" text={t('commands.case.settings')} onClick={() => run('case.settings')} />
          <HeaderAction icon="cross" text={t('commands.case.close')} onClick={() => run('case.close')} />
        </>
      }
    >
      <div className="wb-case-heading">
        <h1 className="wb-case-title" title={info.title}>
          {info.title}
        </h1>
        <NavbarDivider />
        <div className="wb-marking" aria-label={t('caseView.marking')} role="group">
          <TlpLabel tlp={info.tlp} />
          {info.handling && (
            <span className="wb-marking__handling" title={info.handling}>
              {info.handling}
            </span>
          )}
        </div>
      </div>
    </TopBar>
  );
}
