import type { ReactNode } from 'react';

/** A section heading of the inspector, with room for the section's buttons beside it. */
export function InspectorHeading({ title, id, children }: { title: string; id?: string; children?: ReactNode }) {
  return (
    <div className="wb-inspector__heading">
      <h3 className="wb-inspector__title" id={id}>
        {title}
      </h3>
      {children}
    </div>
  );
}
