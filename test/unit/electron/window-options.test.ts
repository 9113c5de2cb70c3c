import { describe, expect, it } from 'vitest';
import {
  APP_CSP,
  isAllowedNavigation,
  isAllowedRequestUrl,
  mainWindowOptions,
} from '../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');
  const web = options.webPreferences ?? {};

  it('locks down webPreferences', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('does not enable anything risky by other means', () => {
    expect(web).not.toHaveProperty('experimentalFeatures', true);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('fits a 1366x768 screen, is titled and hidden until ready', () => {
    expect(options.title).toBe('文秘台账');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768 - 40);
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(640);
    expect(options.minWidth!).toBeLessThanOrEqual(options.width!);
    expect(options.minHeight!).toBeLessThanOrEqual(options.height!);
  });

  it('returns a fresh object each time', () => {
    expect(mainWindowOptions('a')).not.toBe(mainWindowOptions('a'));
    expect(mainWindowOptions('b').webPreferences?.preload).toBe('b');
  });
});

describe('APP_CSP', () => {
  const directives = new Map(
    APP_CSP.split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values] as const;
      }),
  );

  it("has default-src 'self' and no eval or remote origins", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toContain('http:');
    expect(APP_CSP).not.toContain('https:');
    expect(APP_CSP).not.toContain('ws:');
    expect(APP_CSP).not.toContain('*');
  });

  it('allows inline styles only (Mantine), never inline scripts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('closes objects, base, forms and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html',
    'file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Local/Programs/wenmi/resources/app.asar/dist/renderer/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('allows %s', (url) => expect(isAllowedRequestUrl(url)).toBe(true));

  it.each([
    'http://example.com/',
    'https://example.com/x.js',
    'ws://localhost:5173/',
    'wss://example.com/',
    'ftp://example.com/',
    'http://127.0.0.1:8080/api',
    'not a url',
    '',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

describe('isAllowedNavigation', () => {
  const page = 'file:///opt/wenmi/dist/renderer/index.html';
  it('allows only the same document', () => {
    expect(isAllowedNavigation(page, page)).toBe(true);
    expect(isAllowedNavigation(`${page}#/units`, `${page}#/`)).toBe(true);
  });
  it('denies anything else', () => {
    expect(isAllowedNavigation('https://example.com/', page)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', page)).toBe(false);
    expect(isAllowedNavigation(`${page}?x=1`, page)).toBe(false);
    expect(isAllowedNavigation('about:blank', page)).toBe(false);
    expect(isAllowedNavigation('garbage', page)).toBe(false);
  });
});
