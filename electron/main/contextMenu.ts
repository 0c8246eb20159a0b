/**
 * Right-click menu for text: spelling suggestions, then cut/copy/paste.
 * Electron shows no context menu by default, so without this a misspelled
 * word is underlined but cannot be corrected. Pure; type imports only.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menuLabels';

/** The part of Electron's ContextMenuParams this menu needs. */
export interface TextContextParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface TextContextActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

export const MAX_SUGGESTIONS = 5;

/** Empty when there is nothing to offer (e.g. a right click on plain, unselected UI). */
export function buildTextContextMenu(
  p: TextContextParams,
  l: MenuLabels,
  actions: TextContextActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (p.isEditable && p.misspelledWord) {
    const suggestions = p.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    if (suggestions.length === 0) items.push({ label: l.noSuggestions, enabled: false });
    items.push(
      { type: 'separator' },
      { label: l.addToDictionary, click: () => actions.addToDictionary(p.misspelledWord) },
      { type: 'separator' },
    );
  }
  if (p.isEditable) {
    items.push(
      { label: l.cut, role: 'cut', enabled: p.editFlags.canCut },
      { label: l.copy, role: 'copy', enabled: p.editFlags.canCopy },
      { label: l.paste, role: 'paste', enabled: p.editFlags.canPaste },
      { type: 'separator' },
      { label: l.selectAll, role: 'selectAll', enabled: p.editFlags.canSelectAll },
    );
  } else if (p.selectionText.trim()) {
    items.push({ label: l.copy, role: 'copy', enabled: p.editFlags.canCopy });
  }
  return items;
}
