import type { ReactNode } from 'react';

export interface Property {
  label: string;
  value: ReactNode;
  /** Values such as paths break anywhere instead of overflowing. */
  breakAnywhere?: boolean;
}

/** A compact label/value list (a <dl>), as used in the inspector. */
export function PropertyList({ items }: { items: Property[] }) {
  return (
    <dl className="wb-props">
      {items.map((item) => (
        <div key={item.label} className="wb-props__row">
          <dt>{item.label}</dt>
          <dd className={item.breakAnywhere ? 'wb-break-anywhere' : undefined}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
