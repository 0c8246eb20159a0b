/**
 * The browser door's access token. The web host prints an address with the token in
 * the fragment (`#token=…`), which never reaches a server log or a Referer header.
 * We keep it in sessionStorage (per tab, per origin) so a reload still works, and
 * strip it from the address bar so it does not end up in screenshots or bookmarks.
 */
const STORAGE_KEY = 'workbench.token';
const TOKEN_IN_HASH = /(?:^#|&)token=([A-Za-z0-9_-]+)/;

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the token then lives only as long as this page.
    return null;
  }
}

function store(token: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // See readStored.
  }
}

export function takeToken(): string | null {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (match?.[1]) {
    store(match[1]);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return readStored();
}

/** The host refused the token (it restarted with a new one on the same port). */
export function forgetToken(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // See readStored.
  }
}
