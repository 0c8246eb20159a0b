import { useSyncExternalStore } from 'react';

/**
 * Whether the door is reachable. The desktop door is always 'connected'; the browser
 * door follows its event WebSocket, and 'unauthorized' means the host refused the token.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';

let status: ConnectionStatus = 'connecting';
const listeners = new Set<() => void>();

export function setConnectionStatus(next: ConnectionStatus): void {
  // 'unauthorized' is final for this page: only a fresh address with a new token helps.
  if (status === next || status === 'unauthorized') return;
  status = next;
  for (const l of listeners) l();
}

export function getConnectionStatus(): ConnectionStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(subscribe, getConnectionStatus);
}
