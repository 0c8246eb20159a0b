/**
 * Native menu, context menu and dialog texts in the UI languages. Kept in the
 * main process (not renderer/src/i18n) because menus exist before and without
 * the renderer, and the main zone may not import renderer code.
 */
import type { Prefs } from '../../shared/domain/prefs';

export type UiLanguage = Prefs['language'];

const en = {
  file: '&File',
  newCase: 'New Case…',
  openCase: 'Open Case…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Cases',
  clearRecent: 'Clear Recent',
  closeCase: 'Close Case',
  caseSettings: 'Case Settings…',
  importSources: 'Import Sources…',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  findInSource: 'Find in Source',
  findInCase: 'Find in Case…',
  commandPalette: 'Command Palette…',
  view: '&View',
  toggleTheme: 'Toggle Light/Dark Theme',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  window: '&Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  help: '&Help',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About Analyst Workbench',
  services: 'Services',
  hide: 'Hide Analyst Workbench',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  settings: 'Settings…',
  addToDictionary: 'Add to Dictionary',
  noSuggestions: 'No Suggestions',
  // Dialogs
  caseFileType: 'Analyst Workbench Case',
  openCaseTitle: 'Open Case',
  newCaseTitle: 'New Case',
  newCaseButton: 'Create',
  untitledCase: 'Untitled case',
};

export type MenuLabels = typeof en;

const de: MenuLabels = {
  file: '&Datei',
  newCase: 'Neuer Fall…',
  openCase: 'Fall öffnen…',
  openRecent: 'Zuletzt geöffnet',
  noRecent: 'Keine zuletzt geöffneten Fälle',
  clearRecent: 'Liste leeren',
  closeCase: 'Fall schließen',
  caseSettings: 'Falleinstellungen…',
  importSources: 'Quellen importieren…',
  quit: 'Beenden',
  edit: '&Bearbeiten',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  cut: 'Ausschneiden',
  copy: 'Kopieren',
  paste: 'Einfügen',
  selectAll: 'Alles auswählen',
  findInSource: 'In der Quelle suchen',
  findInCase: 'Im Fall suchen…',
  commandPalette: 'Befehlspalette…',
  view: '&Ansicht',
  toggleTheme: 'Helles/dunkles Design umschalten',
  reload: 'Neu laden',
  forceReload: 'Neu laden erzwingen',
  toggleDevTools: 'Entwicklerwerkzeuge',
  resetZoom: 'Originalgröße',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  toggleFullScreen: 'Vollbild ein/aus',
  window: '&Fenster',
  minimize: 'Minimieren',
  zoom: 'Zoomen',
  front: 'Alle nach vorne bringen',
  help: '&Hilfe',
  shortcuts: 'Tastenkürzel',
  about: 'Über Analyst Workbench',
  services: 'Dienste',
  hide: 'Analyst Workbench ausblenden',
  hideOthers: 'Andere ausblenden',
  showAll: 'Alle einblenden',
  settings: 'Einstellungen…',
  addToDictionary: 'Zum Wörterbuch hinzufügen',
  noSuggestions: 'Keine Vorschläge',
  caseFileType: 'Analyst-Workbench-Fall',
  openCaseTitle: 'Fall öffnen',
  newCaseTitle: 'Neuer Fall',
  newCaseButton: 'Anlegen',
  untitledCase: 'Unbenannter Fall',
};

const LABELS: Record<UiLanguage, MenuLabels> = { en, de };

export function menuLabels(language: string | undefined): MenuLabels {
  return LABELS[language as UiLanguage] ?? en;
}
