/**
 * Session- and web-contents-level lockdown: permissions, network, navigation,
 * new windows, webviews and spell-check downloads. The decisions themselves
 * are the pure functions in security.ts; this file only attaches them.
 */
import { app, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, isAllowedNavigation, isAllowedRequest, isPermissionAllowed } from './security';
import { DICTIONARY_DOWNLOAD_URL_DISABLED, pickSpellCheckerLanguages } from './spellcheck';

const log = (message: string) => console.warn(`[workbench] ${message}`);

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const url = 'requestingUrl' in details ? details.requestingUrl : undefined;
    callback(isPermissionAllowed(permission, url, APP_ORIGIN));
  });
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, APP_ORIGIN),
  );
  // USB, HID and serial devices: never.
  ses.setDevicePermissionHandler(() => false);

  // The app is offline: anything that is not our scheme (or DevTools, data:, blob:) is cancelled,
  // including http(s), ws(s) and file://.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`blocked a ${details.resourceType} request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // Spell-check dictionaries come with the app (spellcheck.ts); a download can never leave the machine.
  ses.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL_DISABLED);
  if (process.platform !== 'darwin') {
    // macOS uses the system checker; elsewhere, English and German side by side.
    const languages = pickSpellCheckerLanguages(ses.availableSpellCheckerLanguages);
    if (languages.length) ses.setSpellCheckerLanguages(languages);
  }
}

/** Applied to every web contents the app ever creates (window, DevTools, anything a page might try). */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** The app window shows one document for its whole life; leaving it is refused. */
export function guardNavigation(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(contents.getURL(), url, APP_ORIGIN)) return;
    event.preventDefault();
    log(`refused navigation to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
}
