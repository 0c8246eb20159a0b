/** What the writer is typing that opens a picker: `@` judgments, `[[` excerpts, `/` commands. */
export type TriggerKind = 'claim' | 'excerpt' | 'slash';

export interface Trigger {
  kind: TriggerKind;
  query: string;
  /** Characters before the cursor that the pick replaces (trigger and query). */
  length: number;
}

const PATTERNS: [TriggerKind, RegExp][] = [
  ['excerpt', /\[\[([^\]\n\uFFFC]{0,60})$/u],
  ['claim', /(?:^|[\s(„"])@([^\s@\uFFFC]{0,40})$/u],
  ['slash', /(?:^|\s)\/([\p{L}\p{N}-]{0,30})$/u],
];

/** The trigger right before the cursor in the text of its block (atoms as U+FFFC), or null. */
export function detectTrigger(textBefore: string): Trigger | null {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(textBefore);
    if (m) {
      const query = m[1] ?? '';
      const sigil = kind === 'excerpt' ? 2 : 1;
      return { kind, query, length: query.length + sigil };
    }
  }
  return null;
}
