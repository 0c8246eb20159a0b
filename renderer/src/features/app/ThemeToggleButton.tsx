import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useRunCommand } from '../commands/commandContext';
import { useTheme } from './useTheme';

export function ThemeToggleButton() {
  const { t } = useTranslation();
  const { effective } = useTheme();
  const run = useRunCommand();
  const label = effective === 'dark' ? t('theme.switchToLight') : t('theme.switchToDark');
  return (
    <Button
      variant="minimal"
      icon={effective === 'dark' ? 'flash' : 'moon'}
      aria-label={label}
      title={label}
      onClick={() => run('view.toggleTheme')}
    />
  );
}
