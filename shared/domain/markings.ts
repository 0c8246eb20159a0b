/** TLP 2.0 (FIRST). Colours are printed on black, as the standard asks. */
export const TLP_MARKINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type TlpMarking = (typeof TLP_MARKINGS)[number];

export const TLP_COLOURS: Record<TlpMarking, string> = {
  'TLP:CLEAR': '#FFFFFF',
  'TLP:GREEN': '#33FF00',
  'TLP:AMBER': '#FFC000',
  'TLP:AMBER+STRICT': '#FFC000',
  'TLP:RED': '#FF2B2B',
};

/** Higher is more restrictive; a product carries the most restrictive marking it contains. */
export const TLP_RESTRICTIVENESS: Record<TlpMarking, number> = {
  'TLP:CLEAR': 0,
  'TLP:GREEN': 1,
  'TLP:AMBER': 2,
  'TLP:AMBER+STRICT': 3,
  'TLP:RED': 4,
};

export function mostRestrictive(markings: readonly TlpMarking[]): TlpMarking {
  return markings.reduce<TlpMarking>(
    (worst, m) => (TLP_RESTRICTIVENESS[m] > TLP_RESTRICTIVENESS[worst] ? m : worst),
    'TLP:CLEAR',
  );
}
