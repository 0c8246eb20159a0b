import { useEffect, useRef } from 'react';
import type { WorkbenchEvent } from '../../../shared/contract/events';
import { useApiContext } from './client';

/** Subscribes to pushed events (menu commands, open requests) for the component's lifetime. */
export function useWorkbenchEvent(listener: (event: WorkbenchEvent) => void): void {
  const { connection } = useApiContext();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => connection.onEvent((event) => latest.current(event)), [connection]);
}
