import { WS_PROTOCOL, WS_TOKEN_PROTOCOL_PREFIX } from '../../../shared/contract/wire';
import { setConnectionStatus } from './connectionStatus';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

export interface EventStreamHandlers {
  onMessage(raw: unknown): void;
  /** Called after a reconnect: events may have been missed, so everything should be refetched. */
  onReconnected(): void;
}

/**
 * The browser door's event stream: a WebSocket to /events that authenticates with the
 * token as a sub-protocol (browsers cannot set headers on a WebSocket), reconnecting
 * with capped exponential backoff and jitter while the page lives.
 */
export function openEventStream(token: string, handlers: EventStreamHandlers): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let everConnected = false;
  let timer: number | undefined;
  let stopped = false;

  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/events`;

  function connect() {
    if (stopped) return;
    const ws = new WebSocket(url, [WS_PROTOCOL, WS_TOKEN_PROTOCOL_PREFIX + token]);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setConnectionStatus('connected');
      if (everConnected) handlers.onReconnected();
      everConnected = true;
    };
    ws.onmessage = (message: MessageEvent) => {
      if (typeof message.data !== 'string') return;
      try {
        handlers.onMessage(JSON.parse(message.data) as unknown);
      } catch {
        // A malformed frame is dropped; the next data.changed brings the UI up to date.
      }
    };
    ws.onclose = () => {
      if (socket !== ws || stopped) return;
      socket = null;
      setConnectionStatus(everConnected ? 'reconnecting' : 'connecting');
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt++;
      timer = window.setTimeout(connect, delay);
    };
  }

  connect();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    socket?.close();
  };
}
