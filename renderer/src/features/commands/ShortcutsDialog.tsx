import { Button, Callout, HTMLTable } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../../shared/contract/events';
import { useDoor } from '../../api/client';
import { AppDialog } from '../../components/AppDialog';
import { KeyCombo } from '../../components/KeyCombo';
import { ui } from '../../state/uiStore';
import { SHORTCUTS, chordKeys, chordLabel } from './shortcuts';

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const door = useDoor();
  const label = (command: MenuCommand) => t(`commands.${command}` as 'commands.case.new');
  return (
    <AppDialog
      isOpen
      title={t('shortcuts.title')}
      icon="key-command"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      footer={<Button text={t('common.close')} onClick={ui.closeDialog} autoFocus />}
    >
      <HTMLTable compact className="wb-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.command}>
              <td>{label(s.command)}</td>
              <td>
                <KeyCombo keys={chordKeys(s.shown[door])} label={chordLabel(s.shown[door])} />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      {door === 'browser' && (
        <Callout intent="primary" icon="info-sign" className="wb-shortcuts__note">
          {t('shortcuts.browserNote')}
        </Callout>
      )}
    </AppDialog>
  );
}
