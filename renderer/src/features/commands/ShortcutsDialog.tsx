import { Button, Callout, HTMLTable } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useDoor } from '../../api/client';
import { AppDialog } from '../../components/AppDialog';
import { KeyCombo } from '../../components/KeyCombo';
import { ui } from '../../state/uiStore';
import { commandLabel } from './commandList';
import { IS_MAC, READER_KEYS, SHORTCUTS, chordKeys, chordLabel, type AppCommand } from './shortcuts';

/** Keys that work where the focus is (the reader, the source list), not anywhere in the window. */
function useLocalShortcuts(): { label: string; combos: string[][] }[] {
  const { t } = useTranslation();
  return [
    { label: t('shortcuts.local.find'), combos: [chordKeys({ mod: true, key: 'f' })] },
    { label: t('palette.commands.export.open'), combos: [chordKeys({ mod: true, key: 'e' })] },
    { label: t('excerptReader.shortcuts.keep'), combos: [[READER_KEYS.keep.toUpperCase()]] },
    { label: t('excerptReader.shortcuts.keepNow'), combos: [[READER_KEYS.keepNow.toUpperCase()]] },
    {
      label: t('excerptReader.shortcuts.move'),
      combos: [
        [IS_MAC ? '⌥' : 'Alt', '↓'],
        [IS_MAC ? '⌥' : 'Alt', '↑'],
      ],
    },
    { label: t('shortcuts.local.nextMatch'), combos: [[t('keys.enter')], [t('keys.shift'), t('keys.enter')]] },
    { label: t('shortcuts.local.move'), combos: [['↑'], ['↓'], ['J'], ['K']] },
    { label: t('shortcuts.local.open'), combos: [[t('keys.enter')]] },
    { label: t('shortcuts.local.delete'), combos: [[t('keys.delete')]] },
  ];
}

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const door = useDoor();
  const label = (command: AppCommand) => commandLabel(t, command);
  const local = useLocalShortcuts();
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
      <h3 className="wb-section-title wb-shortcuts__subtitle">{t('shortcuts.localTitle')}</h3>
      <HTMLTable compact className="wb-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.command')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {local.map((row) => (
            <tr key={row.label}>
              <td>{row.label}</td>
              <td className="wb-shortcuts__combos">
                {row.combos.map((keys) => (
                  <KeyCombo key={keys.join('+')} keys={keys} label={keys.join('+')} />
                ))}
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
