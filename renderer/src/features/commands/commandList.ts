import type { IconName } from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import type { DoorKind } from '../../api/transport';
import { SHORTCUTS, type AppCommand, type KeyChord } from './shortcuts';

/** Where a command shows in the palette. */
export type CommandGroup = 'case' | 'sources' | 'analysis' | 'briefings' | 'views' | 'app';

export interface CommandInfo {
  command: AppCommand;
  icon: IconName;
  group: CommandGroup;
  /** The i18n key of its name. */
  label: string;
  /** Only with a case open (most), only with an excerpt selected, or with a briefing open. */
  needs: 'nothing' | 'case' | 'excerpt' | 'briefing';
  /** A chord shown though a local handler owns it (not in SHORTCUTS, so the window never runs it twice). */
  chord?: KeyChord;
}

/**
 * Every command the palette offers, in the order it lists them. A new workspace view
 * (the timeline, say) adds its command to AppCommand, a line here (group 'views'), a
 * case in useCommandRunner and, if it deserves one, a chord in SHORTCUTS.
 */
export const COMMANDS: readonly CommandInfo[] = [
  { command: 'search.open', icon: 'search', group: 'views', label: 'palette.commands.search.open', needs: 'case' },
  {
    command: 'analysis.showChecks',
    icon: 'warning-sign',
    group: 'views',
    label: 'palette.commands.analysis.showChecks',
    needs: 'case',
  },
  {
    command: 'analysis.showAch',
    icon: 'th',
    group: 'views',
    label: 'palette.commands.analysis.showAch',
    needs: 'case',
  },
  { command: 'sources.import', icon: 'import', group: 'sources', label: 'commands.sources.import', needs: 'case' },
  {
    command: 'sources.pasteText',
    icon: 'clipboard',
    group: 'sources',
    label: 'commands.sources.pasteText',
    needs: 'case',
  },
  {
    command: 'sources.focusFilter',
    icon: 'filter',
    group: 'sources',
    label: 'commands.sources.focusFilter',
    needs: 'case',
  },
  {
    command: 'sources.find',
    icon: 'search-text',
    group: 'sources',
    label: 'palette.commands.sources.find',
    needs: 'case',
  },
  {
    command: 'analysis.newClaim',
    icon: 'add',
    group: 'analysis',
    label: 'palette.commands.analysis.newClaim',
    needs: 'case',
  },
  {
    command: 'analysis.claimFromExcerpt',
    icon: 'lightbulb',
    group: 'analysis',
    label: 'palette.commands.analysis.claimFromExcerpt',
    needs: 'excerpt',
  },
  {
    command: 'briefings.new',
    icon: 'manual',
    group: 'briefings',
    label: 'palette.commands.briefings.new',
    needs: 'case',
  },
  {
    command: 'export.open',
    icon: 'export',
    group: 'briefings',
    label: 'palette.commands.export.open',
    needs: 'briefing',
    chord: { mod: true, key: 'e' },
  },
  { command: 'case.new', icon: 'add', group: 'case', label: 'commands.case.new', needs: 'nothing' },
  { command: 'case.open', icon: 'folder-open', group: 'case', label: 'commands.case.open', needs: 'nothing' },
  { command: 'case.settings', icon: 'cog', group: 'case', label: 'commands.case.settings', needs: 'case' },
  { command: 'case.backupNow', icon: 'floppy-disk', group: 'case', label: 'backup.commands.now', needs: 'case' },
  { command: 'case.backups', icon: 'history', group: 'case', label: 'backup.commands.list', needs: 'case' },
  { command: 'case.close', icon: 'cross', group: 'case', label: 'commands.case.close', needs: 'case' },
  { command: 'view.toggleTheme', icon: 'contrast', group: 'app', label: 'commands.view.toggleTheme', needs: 'nothing' },
  { command: 'help.shortcuts', icon: 'key-command', group: 'app', label: 'commands.help.shortcuts', needs: 'nothing' },
  { command: 'help.about', icon: 'info-sign', group: 'app', label: 'commands.help.about', needs: 'nothing' },
];

/** A command's name in the UI language (palette, shortcut sheet). */
export function commandLabel(t: TFunction, command: AppCommand): string {
  const info = COMMANDS.find((c) => c.command === command);
  return info ? t(info.label as 'commands.case.new') : t('palette.commands.palette.open');
}

/** The chord shown for a command in this door, if it has one. */
export function shownChord(command: AppCommand, door: DoorKind): KeyChord | null {
  return (
    SHORTCUTS.find((s) => s.command === command)?.shown[door] ??
    COMMANDS.find((c) => c.command === command)?.chord ??
    null
  );
}
