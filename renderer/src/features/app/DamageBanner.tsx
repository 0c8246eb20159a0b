import { Button, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { useRunCommand } from '../commands/commandContext';

/**
 * Shown while the open case's file is known to be damaged (the check that runs after a
 * large case opens found it): reading goes on, every change is refused so nothing gets
 * worse, and the way out is a backup.
 */
export function DamageBanner({ info }: { info: CaseInfo | null }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  if (!info?.damage) return null;
  return (
    <Callout intent="danger" icon="error" role="alert" className="wb-damage-banner" title={t('damage.title')}>
      <p>{t('damage.body', { file: info.fileName })}</p>
      <p className="wb-damage-banner__verdict">{t('damage.verdict', { verdict: info.damage })}</p>
      <Button
        size="small"
        intent="danger"
        icon="history"
        text={t('damage.backups')}
        onClick={() => run('case.backups')}
      />
    </Callout>
  );
}
