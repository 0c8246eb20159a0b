import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface PaneSeparatorProps {
  label: string;
  /** id of the pane this separator sizes. */
  controls: string;
  size: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the pane (left pane), -1 when it shrinks it (right pane). */
  direction: 1 | -1;
  onResize: (size: number) => void;
  onToggleCollapse: () => void;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * A focusable vertical splitter (WAI-ARIA window splitter): drag with the pointer, or
 * use ←/→ (Shift for bigger steps), Home/End for the limits and Enter to collapse.
 */
export function PaneSeparator({
  label,
  controls,
  size,
  min,
  max,
  direction,
  onResize,
  onToggleCollapse,
}: PaneSeparatorProps) {
  const drag = useRef<{ startX: number; startSize: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { startX: e.clientX, startSize: size };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.startSize + direction * (e.clientX - drag.current.startX)));
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (e.key === 'ArrowLeft') next = size - direction * step;
    else if (e.key === 'ArrowRight') next = size + direction * step;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (e.key === 'Enter') {
      e.preventDefault();
      onToggleCollapse();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    onResize(clamp(next));
  };

  return (
    <div
      className="wb-separator"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
      onDoubleClick={onToggleCollapse}
    />
  );
}
