/** One use of an excerpt the core names when it refuses a delete (IN_USE): a claim or a briefing. */
export interface ExcerptUse {
  kind: string;
  id: string;
}

/** The uses from an IN_USE error's details, or [] when the core named none. */
export function usesFromDetails(details: unknown): ExcerptUse[] {
  const usedBy = (details as { usedBy?: unknown } | null | undefined)?.usedBy;
  if (!Array.isArray(usedBy)) return [];
  return usedBy.filter(
    (u): u is ExcerptUse =>
      typeof u === 'object' &&
      u !== null &&
      typeof (u as ExcerptUse).kind === 'string' &&
      typeof (u as ExcerptUse).id === 'string',
  );
}

/** Uses counted per kind, kinds in first-seen order: [["claim", 2], ["briefing", 1]]. */
export function countUses(uses: readonly ExcerptUse[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const u of uses) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  return [...counts];
}
