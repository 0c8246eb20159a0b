import { useEffect } from 'react';
import { Button, NonIdealState, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../../api/connectionStatus';
import { usePrefs, useCaseInfo, useAppInfo } from '../../api/queries';
import { useWorkbenchEvent } from '../../api/useWorkbenchEvent';
import { CaseView } from '../caseView/CaseView';
import { CommandContext } from '../commands/commandContext';
import { useCommandRunner } from '../commands/useCommandRunner';
import { useOpenPath } from '../commands/useOpenPath';
import { useShortcutKeys } from '../commands/useShortcutKeys';
import { describeError } from '../errors/describeError';
import { toWireError } from '../errors/toWireError';
import { useIgnoreFileDrops } from '../sources/import/useFileDrop';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { ConnectionBanner } from './ConnectionBanner';
import { DamageBanner } from './DamageBanner';
import { Dialogs } from './Dialogs';
import { NoTokenScreen } from './NoTokenScreen';
import { useApplyLanguage } from './useLanguage';
import { useApplyTheme, useTheme } from './useTheme';

export function App() {
  const { t, i18n } = useTranslation();
  const status = useConnectionStatus();
  const prefs = usePrefs();
  const appInfo = useAppInfo();
  const caseInfo = useCaseInfo();
  const theme = useTheme();
  const run = useCommandRunner();
  const { openPath } = useOpenPath();

  useApplyTheme(theme.effective);
  useApplyLanguage(prefs.data?.language ?? (i18n.language === 'de' ? 'de' : 'en'));
  useShortcutKeys((command) => run(command, 'keys'));
  useIgnoreFileDrops();
  useWorkbenchEvent((event) => {
    if (event.type === 'menu.command') run(event.command, 'menu');
    else if (event.type === 'case.openRequested') openPath(event.path);
  });

  const title = caseInfo.data?.title;
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);

  if (status === 'unauthorized') return <NoTokenScreen refused />;
  const failed = prefs.error ?? caseInfo.error ?? appInfo.error;
  if (failed) {
    const text = describeError(t, toWireError(failed), i18n.language);
    return (
      <main className="wb-fullpage">
        <NonIdealState
          icon="error"
          title={t('app.loadFailed')}
          description={text.message}
          action={<Button text={t('app.retry')} onClick={() => window.location.reload()} />}
        />
      </main>
    );
  }
  if (prefs.isPending || caseInfo.isPending || appInfo.isPending) {
    return (
      <main className="wb-fullpage" aria-busy>
        <Spinner aria-label={t('app.loading')} />
      </main>
    );
  }

  return (
    <CommandContext.Provider value={run}>
      <div className="wb-app">
        <ConnectionBanner />
        <DamageBanner info={caseInfo.data ?? null} />
        {caseInfo.data ? <CaseView key={caseInfo.data.path} info={caseInfo.data} /> : <WelcomeScreen />}
      </div>
      <Dialogs caseInfo={caseInfo.data ?? null} />
    </CommandContext.Provider>
  );
}
