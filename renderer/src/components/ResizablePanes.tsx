import type { ReactNode } from 'react';
import { Button } from '@blueprintjs/core';
import { PaneSeparator } from './PaneSeparator';

export type SidePaneId = 'navigator' | 'inspector';

export interface SidePane {
  id: SidePaneId;
  title: string;
  size: number;
  min: number;
  max: number;
  collapsed: boolean;
  content: ReactNode;
}

export interface PaneLabels {
  resize: (title: string) => string;
  collapse: (title: string) => string;
  expand: (title: string) => string;
}

interface ResizablePanesProps {
  left: SidePane;
  right: SidePane;
  centerLabel: string;
  center: ReactNode;
  labels: PaneLabels;
  onResize: (id: SidePaneId, size: number) => void;
  onToggleCollapse: (id: SidePaneId) => void;
}

function SidePaneView({
  pane,
  side,
  labels,
  onToggle,
}: {
  pane: SidePane;
  side: 'left' | 'right';
  labels: PaneLabels;
  onToggle: () => void;
}) {
  if (pane.collapsed) {
    return (
      <div className={`wb-rail wb-rail--${side}`}>
        <Button
          variant="minimal"
          size="small"
          icon={side === 'left' ? 'chevron-right' : 'chevron-left'}
          aria-label={labels.expand(pane.title)}
          title={labels.expand(pane.title)}
          aria-expanded={false}
          onClick={onToggle}
        />
        <span className="wb-rail__title" aria-hidden>
          {pane.title}
        </span>
      </div>
    );
  }
  return (
    <section
      id={`pane-${pane.id}`}
      className={`wb-pane wb-pane--${side}`}
      style={{ width: pane.size }}
      aria-label={pane.title}
    >
      <header className="wb-pane__header">
        <h2 className="wb-pane__title">{pane.title}</h2>
        <Button
          variant="minimal"
          size="small"
          icon={side === 'left' ? 'chevron-left' : 'chevron-right'}
          aria-label={labels.collapse(pane.title)}
          title={labels.collapse(pane.title)}
          aria-expanded
          aria-controls={`pane-${pane.id}`}
          onClick={onToggle}
        />
      </header>
      <div className="wb-pane__body">{pane.content}</div>
    </section>
  );
}

/**
 * Three panes side by side: two collapsible, resizable side panes around a flexible
 * centre. Controlled: sizes and collapsed state come from props (the caller persists them).
 */
export function ResizablePanes({
  left,
  right,
  centerLabel,
  center,
  labels,
  onResize,
  onToggleCollapse,
}: ResizablePanesProps) {
  const separator = (pane: SidePane, direction: 1 | -1) =>
    pane.collapsed ? null : (
      <PaneSeparator
        label={labels.resize(pane.title)}
        controls={`pane-${pane.id}`}
        size={pane.size}
        min={pane.min}
        max={pane.max}
        direction={direction}
        onResize={(size) => onResize(pane.id, size)}
        onToggleCollapse={() => onToggleCollapse(pane.id)}
      />
    );
  return (
    <div className="wb-panes">
      <SidePaneView pane={left} side="left" labels={labels} onToggle={() => onToggleCollapse(left.id)} />
      {separator(left, 1)}
      <main className="wb-pane wb-pane--center" aria-label={centerLabel}>
        {center}
      </main>
      {separator(right, -1)}
      <SidePaneView pane={right} side="right" labels={labels} onToggle={() => onToggleCollapse(right.id)} />
    </div>
  );
}
