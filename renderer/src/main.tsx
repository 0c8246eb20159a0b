import '@blueprintjs/core/lib/css/blueprint.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/panes.css';
import './styles/welcome.css';
import './styles/forms.css';
import './styles/sources.css';
import './styles/import.css';
import './styles/inspector.css';
import './styles/reader.css';
import './styles/pdf.css';
import './styles/excerpts.css';
import './styles/briefing.css';
import './styles/analysis.css';
import './styles/excerptInspector.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BlueprintProvider, FocusStyleManager } from '@blueprintjs/core';
import { ApiProvider } from './api/ApiProvider';
import { loadInitialPrefs } from './api/bootstrap';
import { connect } from './api/transport';
import { App } from './features/app/App';
import { NoTokenScreen } from './features/app/NoTokenScreen';
import { applyTheme } from './features/app/useTheme';
import { guessLanguage, initI18n } from './i18n';

// Focus rings for keyboard users; a mouse click does not leave a ring behind.
FocusStyleManager.onlyShowFocusOnTabs();

function render(node: ReactNode) {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <BlueprintProvider>{node}</BlueprintProvider>
    </StrictMode>,
  );
}

async function start() {
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const result = connect();
  if (!result.ok) {
    await initI18n(guessLanguage());
    applyTheme(systemDark ? 'dark' : 'light');
    render(<NoTokenScreen />);
    return;
  }
  const prefs = await loadInitialPrefs(result.connection);
  await initI18n(prefs?.language ?? guessLanguage());
  const theme = prefs?.theme ?? 'system';
  applyTheme(theme === 'system' ? (systemDark ? 'dark' : 'light') : theme);
  render(
    <ApiProvider connection={result.connection} initialPrefs={prefs}>
      <App />
    </ApiProvider>,
  );
}

void start();
