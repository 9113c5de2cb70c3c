// Pure, Electron-free helpers for the main window: options, CSP and the
// sender / request checks. Only types are imported from 'electron', so this
// module can be unit-tested under plain Node.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Window title and product name shown to users. */
export const APP_TITLE = '文秘台账';

/** Background colour painted before the renderer's first frame. */
export const APP_BACKGROUND_COLOR = '#f8f9fa';

/**
 * Content-Security-Policy for the app page. 'unsafe-inline' is allowed for
 * styles only, because Mantine injects <style> tags at runtime. Scripts are
 * restricted to the app's own files; no eval, no remote origins.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * BrowserWindow options for the single main window. Sized to fit a
 * 1366x768 screen with the taskbar; hidden until 'ready-to-show'.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    minWidth: 1024,
    minHeight: 640,
    title: APP_TITLE,
    show: false,
    backgroundColor: APP_BACKGROUND_COLOR,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/** Protocols the app page may be served from. */
const APP_PROTOCOLS = new Set(['file:', 'app:']);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Decoded pathname, so that differently percent-encoded forms compare equal. */
function decodedPath(url: URL): string | null {
  try {
    const decoded = decodeURIComponent(url.pathname);
    // Windows drive letters may differ in case between Chromium and Node.
    return url.protocol === 'file:' ? decoded.replace(/^\/([A-Za-z]):/, (_m, d: string) => `/${d.toLowerCase()}:`) : decoded;
  } catch {
    return null;
  }
}

/**
 * True only if `frameUrl` is the app's own page, i.e. same protocol, host and
 * path as `appUrl` (query string and hash are ignored, so hash routing works).
 * For a custom `app:` scheme any path below the app page's folder on the
 * same host is accepted, because that handler only serves the app's files.
 * Everything else (about:blank, http(s), data:, other file paths) is rejected.
 */
export function isTrustedSender(frameUrl: string, appUrl: string): boolean {
  if (typeof frameUrl !== 'string' || typeof appUrl !== 'string' || frameUrl === '' || appUrl === '') return false;
  const frame = parseUrl(frameUrl);
  const app = parseUrl(appUrl);
  if (!frame || !app) return false;
  if (!APP_PROTOCOLS.has(app.protocol)) return false;
  if (frame.protocol !== app.protocol) return false;
  if (frame.host !== app.host) return false;
  if (frame.username !== '' || frame.password !== '' || frame.port !== app.port) return false;
  const framePath = decodedPath(frame);
  const appPath = decodedPath(app);
  if (framePath === null || appPath === null) return false;
  if (framePath === appPath) return true;
  if (app.protocol === 'app:') {
    const root = appPath.slice(0, appPath.lastIndexOf('/') + 1);
    return root !== '' && framePath.startsWith(root) && !framePath.includes('/../');
  }
  return false;
}

/** Schemes a request from the app may use; everything else (http, https, ws, ftp, ...) is cancelled. */
const ALLOWED_REQUEST_PROTOCOLS = new Set(['file:', 'devtools:', 'data:', 'blob:']);

/** True if a web request to `url` may proceed (the app is strictly offline). */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && ALLOWED_REQUEST_PROTOCOLS.has(parsed.protocol);
}

/**
 * True if navigating from `currentUrl` to `targetUrl` is allowed: only a
 * reload of the very same document (hash changes do not fire will-navigate).
 */
export function isAllowedNavigation(targetUrl: string, currentUrl: string): boolean {
  const target = parseUrl(targetUrl);
  const current = parseUrl(currentUrl);
  if (!target || !current) return false;
  target.hash = '';
  current.hash = '';
  return target.href === current.href;
}
