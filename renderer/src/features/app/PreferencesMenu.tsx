import { Button, Menu, MenuDivider, MenuItem, Popover } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { THEMES, UI_LANGUAGES } from '../../../../shared/domain/prefs';
import { useRunCommand } from '../commands/commandContext';
import { useLanguage } from './useLanguage';
import { useTheme } from './useTheme';

/** The gear menu: UI language, theme, shortcuts and about. Choices are saved in the preferences. */
export function PreferencesMenu() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { preference, setPreference } = useTheme();
  const run = useRunCommand();

  const radio = (key: string, text: string, checked: boolean, onClick: () => void) => (
    <MenuItem
      key={key}
      text={text}
      role="menuitemradio"
      aria-checked={checked}
      icon={checked ? 'tick' : 'blank'}
      onClick={onClick}
    />
  );

  const menu = (
    <Menu aria-label={t('menu.preferences')}>
      <MenuDivider title={t('menu.language')} />
      {UI_LANGUAGES.map((l) => radio(l, t(`languages.${l}`), language === l, () => setLanguage(l)))}
      <MenuDivider title={t('menu.theme')} />
      {THEMES.map((th) => radio(th, t(`menu.themes.${th}`), preference === th, () => setPreference(th)))}
      <MenuDivider />
      <MenuItem
        icon="key-command"
        text={t('commands.help.shortcuts')}
        label="?"
        onClick={() => run('help.shortcuts')}
      />
      <MenuItem icon="info-sign" text={t('commands.help.about')} onClick={() => run('help.about')} />
    </Menu>
  );

  return (
    <Popover content={menu} placement="bottom-end" minimal>
      <Button variant="minimal" icon="cog" aria-label={t('menu.preferences')} title={t('menu.preferences')} />
    </Popover>
  );
}
