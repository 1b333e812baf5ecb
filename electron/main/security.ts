import type { Session, WebContents } from 'electron';

/**
 * Session- and contents-wide rules (types only from 'electron'; the objects are passed in, so tests can
 * use fakes):
 * - no navigation at all: the window shows app://workbench/index.html and nothing else (in-page
 *   navigation — hash, pushState — does not fire will-navigate and stays possible);
 * - no new windows (window.open, target=_blank): denied, nothing is opened externally either;
 * - no <webview>;
 * - every permission request (camera, notifications, clipboard-read, …) refused, and permission checks false;
 * - no http(s)/ws(s) request leaves the session (the CSP forbids them too; this is the second lock).
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function applySessionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
