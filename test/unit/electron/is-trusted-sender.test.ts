import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/window-options';

describe('isTrustedSender with a file:// app page (Linux)', () => {
  const app = 'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html';

  it.each([
    app,
    `${app}#/`,
    `${app}#/units/42`,
    `${app}?demo=1`,
  ])('accepts %s', (url) => expect(isTrustedSender(url, app)).toBe(true));

  it.each([
    'about:blank',
    'about:srcdoc',
    '',
    'http://localhost/index.html',
    'https://example.com/opt/wenmi/resources/app.asar/dist/renderer/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:file:///0b4c8b8e-7a2b-4d7e-9b7c-1f2e3d4c5b6a',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'file:///opt/wenmi/resources/app.asar/dist/renderer/other.html',
    'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html/x',
    'file:///opt/wenmi/resources/app.asar/dist/renderer/',
    'file:///tmp/index.html',
    'file:///home/user/Downloads/index.html',
    'file://evil-host/opt/wenmi/resources/app.asar/dist/renderer/index.html',
    'app://wenmi/index.html',
    'not a url',
  ])('rejects %s', (url) => expect(isTrustedSender(url, app)).toBe(false));

  it('rejects everything when the app URL is not file:// or app://', () => {
    expect(isTrustedSender('https://example.com/', 'https://example.com/')).toBe(false);
    expect(isTrustedSender('about:blank', 'about:blank')).toBe(false);
    expect(isTrustedSender('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isTrustedSender(app, '')).toBe(false);
    expect(isTrustedSender(app, 'garbage')).toBe(false);
  });

  it('normalises dot segments instead of being fooled by them', () => {
    expect(isTrustedSender('file:///opt/wenmi/resources/app.asar/dist/renderer/../renderer/index.html', app)).toBe(true);
    expect(isTrustedSender('file:///opt/wenmi/resources/app.asar/dist/renderer/../../../../../tmp/index.html', app)).toBe(false);
  });
});

describe('isTrustedSender with a file:// app page (Windows, Chinese user name)', () => {
  // What url.pathToFileURL produces for C:\Users\张三\AppData\Local\Programs\文秘台账\resources\app.asar\dist\renderer\index.html
  const app =
    'file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Local/Programs/%E6%96%87%E7%A7%98%E5%8F%B0%E8%B4%A6/resources/app.asar/dist/renderer/index.html';

  it('accepts the same page, whatever the percent-encoding or drive-letter case', () => {
    expect(isTrustedSender(app, app)).toBe(true);
    expect(isTrustedSender(`${app}#/login`, app)).toBe(true);
    expect(isTrustedSender(app.replace('file:///C:', 'file:///c:'), app)).toBe(true);
    expect(
      isTrustedSender('file:///C:/Users/张三/AppData/Local/Programs/文秘台账/resources/app.asar/dist/renderer/index.html', app),
    ).toBe(true);
  });

  it('rejects other files and drives', () => {
    expect(isTrustedSender(app.replace('file:///C:', 'file:///D:'), app)).toBe(false);
    expect(isTrustedSender('file:///C:/Users/%E5%BC%A0%E4%B8%89/Downloads/index.html', app)).toBe(false);
    expect(isTrustedSender(app.replace('index.html', 'index.htm'), app)).toBe(false);
  });
});

describe('isTrustedSender with an app:// page', () => {
  const app = 'app://wenmi/index.html';

  it('accepts the same host below the app root', () => {
    expect(isTrustedSender('app://wenmi/index.html', app)).toBe(true);
    expect(isTrustedSender('app://wenmi/index.html#/units', app)).toBe(true);
    expect(isTrustedSender('app://wenmi/units/42', app)).toBe(true);
  });

  it('rejects other hosts and schemes', () => {
    expect(isTrustedSender('app://evil/index.html', app)).toBe(false);
    expect(isTrustedSender('app://wenmi:8080/index.html', app)).toBe(false);
    expect(isTrustedSender('app://user:pw@wenmi/index.html', app)).toBe(false);
    expect(isTrustedSender('file:///index.html', app)).toBe(false);
    expect(isTrustedSender('https://wenmi/index.html', app)).toBe(false);
    expect(isTrustedSender('about:blank', app)).toBe(false);
  });
});
