/** Ids on the wire are prefixed strings so a log line tells what it points at. */
export const ID_PREFIXES = {
  case: 'case',
  kiq: 'kiq',
  source: 'src',
  excerpt: 'exc',
  /** Every analytic object (claim, judgment, hypothesis, assumption, gap, indicator). */
  claim: 'clm',
  evidence: 'evd',
  briefing: 'brf',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id like `kiq_3fk2…`; 16 base-36 characters ≈ 82 bits. */
export function newId(kind: IdKind, random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  let body = '';
  for (const b of bytes) body += ALPHABET[b % ALPHABET.length];
  return `${ID_PREFIXES[kind]}_${body}`;
}

export function idPattern(kind: IdKind): RegExp {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9a-z]{16}$`);
}
