import type { MenuCommand } from '../../../../shared/contract/events';
import type { DoorKind } from '../../api/transport';

/**
 * What the UI can run: the desktop menu's commands plus renderer-only ones. The
 * sources commands are not (yet) in the contract's MENU_COMMANDS, so the native menu
 * cannot send them; their shortcuts are handled here in both doors.
 */
export type AppCommand =
  | MenuCommand
  | 'sources.import'
  | 'sources.pasteText'
  | 'sources.focusFilter'
  /** The workspace's case-wide analytic checks and ACH matrix (issue 5). */
  | 'analysis.showChecks'
  | 'analysis.showAch'
  /** Focus the navigator's field for a new claim or judgment. */
  | 'analysis.newClaim'
  /** A new claim from the selected excerpt: its words, the excerpt as supporting evidence. */
  | 'analysis.claimFromExcerpt'
  | 'briefings.new'
  /** The open briefing's export dialog (its Export button owns the dialog and Mod+E). */
  | 'export.open'
  | 'timeline.show';

/** One key combination. `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface KeyChord {
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** The produced key, lower-case ('n', ',', '?'). */
  key: string;
}

export interface Shortcut {
  command: AppCommand;
  /** All chords that trigger the command, in either door. */
  chords: KeyChord[];
  /** The chord to show in each door (browsers reserve Ctrl+N and Ctrl+W for themselves). */
  shown: Record<DoorKind, KeyChord>;
}

const modN: KeyChord = { mod: true, key: 'n' };
const modAltN: KeyChord = { mod: true, alt: true, key: 'n' };
const modO: KeyChord = { mod: true, key: 'o' };
const modW: KeyChord = { mod: true, key: 'w' };
const modAltW: KeyChord = { mod: true, alt: true, key: 'w' };
const modComma: KeyChord = { mod: true, key: ',' };
const modShiftL: KeyChord = { mod: true, shift: true, key: 'l' };
const modI: KeyChord = { mod: true, key: 'i' };
const modK: KeyChord = { mod: true, key: 'k' };
const modP: KeyChord = { mod: true, key: 'p' };
const modShiftF: KeyChord = { mod: true, shift: true, key: 'f' };
/** Case actions: Alt+Shift+letter, which neither browsers nor the desktop menu claim. */
const altShift = (key: string): KeyChord => ({ alt: true, shift: true, key });
const same = (chord: KeyChord): Record<DoorKind, KeyChord> => ({ electron: chord, browser: chord });
const question: KeyChord = { key: '?' };
const slash: KeyChord = { key: '/' };

export const SHORTCUTS: Shortcut[] = [
  { command: 'case.new', chords: [modN, modAltN], shown: { electron: modN, browser: modAltN } },
  { command: 'case.open', chords: [modO], shown: { electron: modO, browser: modO } },
  { command: 'case.close', chords: [modW, modAltW], shown: { electron: modW, browser: modAltW } },
  { command: 'case.settings', chords: [modComma], shown: { electron: modComma, browser: modComma } },
  { command: 'sources.import', chords: [modI], shown: { electron: modI, browser: modI } },
  { command: 'sources.focusFilter', chords: [slash], shown: { electron: slash, browser: slash } },
  // Ctrl/Cmd+P ("go to an item by name") opens the same palette; the browser's print is not needed here.
  { command: 'palette.open', chords: [modK, modP], shown: same(modK) },
  { command: 'search.open', chords: [modShiftF], shown: same(modShiftF) },
  { command: 'sources.pasteText', chords: [altShift('v')], shown: same(altShift('v')) },
  { command: 'analysis.newClaim', chords: [altShift('c')], shown: same(altShift('c')) },
  { command: 'analysis.claimFromExcerpt', chords: [altShift('e')], shown: same(altShift('e')) },
  { command: 'analysis.showChecks', chords: [altShift('k')], shown: same(altShift('k')) },
  { command: 'analysis.showAch', chords: [altShift('a')], shown: same(altShift('a')) },
  { command: 'briefings.new', chords: [altShift('b')], shown: same(altShift('b')) },
  { command: 'view.toggleTheme', chords: [modShiftL], shown: { electron: modShiftL, browser: modShiftL } },
  { command: 'help.shortcuts', chords: [question], shown: { electron: question, browser: question } },
];

export const IS_MAC = /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);

const LETTER = /^[a-z]$/;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Whether a keydown is this chord. Letters match by the produced key so an AZERTY
 * Ctrl+Z never counts as Ctrl+W; only when a layout or macOS's Option key produces no
 * Latin letter do we fall back to the physical key. AltGr (Ctrl+Alt on Windows) never
 * matches, so typing characters such as ń or @ is not taken for a shortcut.
 */
export function matchesChord(e: KeyboardEvent, chord: KeyChord): boolean {
  if (e.getModifierState?.('AltGraph')) return false;
  // Single punctuation keys ('?', '/') match whatever Shift it takes to type them on this layout,
  // and never while typing in a field.
  if (!chord.mod && !chord.alt && !LETTER.test(chord.key)) {
    return e.key === chord.key && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
  }
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  const foreignMod = IS_MAC ? e.ctrlKey : e.metaKey;
  if (mod !== !!chord.mod || foreignMod || e.altKey !== !!chord.alt || e.shiftKey !== !!chord.shift) return false;
  const key = e.key.toLowerCase();
  if (key === chord.key) return true;
  if (LETTER.test(chord.key) && !LETTER.test(key)) return e.code === `Key${chord.key.toUpperCase()}`;
  return chord.key === ',' && e.code === 'Comma' && !LETTER.test(key);
}

export function findShortcut(e: KeyboardEvent): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.chords.some((c) => matchesChord(e, c)));
}

/** The keys of a chord as shown to the user, e.g. ['Ctrl', 'Alt', 'N'] or ['⌘', '⌥', 'N']. */
export function chordKeys(chord: KeyChord): string[] {
  const keys: string[] = [];
  if (chord.mod) keys.push(IS_MAC ? '⌘' : 'Ctrl');
  if (chord.alt) keys.push(IS_MAC ? '⌥' : 'Alt');
  if (chord.shift) keys.push(IS_MAC ? '⇧' : 'Shift');
  keys.push(chord.key.toUpperCase());
  return keys;
}

export function chordLabel(chord: KeyChord): string {
  return chordKeys(chord).join(IS_MAC ? '' : '+');
}

/**
 * Keys that act while the reader has focus (listed in the shortcut sheet's local
 * table): single letters with a text selection, Alt+arrows between excerpts. Never
 * while typing in a field.
 */
export const READER_KEYS = {
  /** Keep the selection as an excerpt: opens the card for colour, tags, comment and translation. */
  keep: 'e',
  /** Keep the selection at once, in the last colour used, without details. */
  keepNow: 'h',
} as const;

/** Whether a key press lands in a text field (where keys type, not command). */
export function isTypingTarget(target: EventTarget | null): boolean {
  return isEditable(target);
}

/** Whether a key press is this single letter with no modifier (Shift aside), outside any text field. */
export function isPlainLetter(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
  letter: string,
) {
  return !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === letter && !isEditable(e.target);
}
