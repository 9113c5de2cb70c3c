// Electron main process: thin glue between the window and the backend core.
// Bundled by build/esbuild.mjs to dist/electron/main.cjs (CommonJS, so
// __dirname is available); preload.cjs sits next to it and the renderer is
// built to dist/renderer.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { WebContents } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { METHOD_NAMES } from '../../shared/api';
import { openCore, resolveDataDir } from '../core';
import { createInvokeHandler, INVOKE_CHANNEL, nodeFiles } from './ipc';
import type { InvokeHandler } from './ipc';
import { appMenuTemplate } from './menu';
import { nodeUploadFiles } from './upload';
import { APP_CSP, APP_TITLE, isAllowedNavigation, isAllowedRequestUrl, mainWindowOptions } from './window-options';

type Core = ReturnType<typeof openCore>;

const APP_ID = 'cn.gov.wenmi';
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_INDEX = path.join(__dirname, '../renderer/index.html');
/** URL of the app page as loadFile() produces it; the only trusted IPC sender. */
const APP_URL = pathToFileURL(RENDERER_INDEX).href;

let core: Core | null = null;
let invokeHandler: InvokeHandler | null = null;
let mainWindow: BrowserWindow | null = null;
let dataDir = '';

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function fatal(title: string, detail: string): void {
  dialog.showErrorBox(title, detail);
  app.exit(1);
}

/** Session-wide lockdown: no network, no permissions, CSP on the app page. */
function hardenSession(): void {
  const ses = session.defaultSession;

  // The app is strictly offline: cancel http(s), ws(s) and any other remote scheme.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });

  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [APP_CSP];
    callback({ responseHeaders: headers });
  });

  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Per-webContents lockdown: no navigation away, no popups, no webviews. */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于文秘台账',
    message: APP_TITLE,
    detail: `版本 ${app.getVersion()}\n本程序离线运行，数据保存在：\n${dataDir}`,
    buttons: ['确定'],
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

/** The save dialog of an export: the ticket's file name in the user's Documents folder. */
async function chooseExportFile(fileName: string): Promise<string | null> {
  const options = {
    title: '导出收文',
    defaultPath: path.join(app.getPath('documents'), fileName),
    buttonLabel: '保存',
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  };
  const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** The open dialog of an import: one Excel workbook, starting in the user's Documents folder. */
async function chooseImportFile(): Promise<string | null> {
  const options = {
    title: '选择要导入的 Excel 台账',
    defaultPath: app.getPath('documents'),
    buttonLabel: '导入',
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    properties: ['openFile' as const],
  };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

function createMainWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(PRELOAD_PATH));
  mainWindow = win;
  const contentsId = win.webContents.id;

  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('destroyed', () => invokeHandler?.dropSession(contentsId));
  // A new document (e.g. a reload during development) starts with a fresh session.
  win.webContents.on('did-navigate', () => invokeHandler?.dropSession(contentsId));

  win.loadFile(RENDERER_INDEX).catch((err: unknown) => {
    fatal('文秘台账无法启动', `无法加载界面文件 ${RENDERER_INDEX}：${errorMessage(err)}`);
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  if (!mainWindow.isVisible()) mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    const opened = core;
    core = null;
    invokeHandler = null;
    opened?.close();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
    hardenSession();

    dataDir = resolveDataDir(process.argv, process.env, process.platform, os.homedir());
    const migrationsDir = app.isPackaged
      ? path.join(process.resourcesPath, 'migrations')
      : path.join(app.getAppPath(), 'migrations');
    try {
      core = openCore({ dataDir, migrationsDir });
    } catch (err) {
      fatal('文秘台账无法启动', `无法打开数据目录 ${dataDir}：${errorMessage(err)}`);
      return;
    }

    const opened = core;
    opened.startAutoSync();
    opened.startAutoBackup();
    invokeHandler = createInvokeHandler({
      core: opened,
      methods: METHOD_NAMES,
      appUrl: () => APP_URL,
      exports: { core: opened, files: { ...nodeFiles, choose: chooseExportFile } },
      uploads: { core: opened, files: { ...nodeUploadFiles, choose: chooseImportFile } },
    });
    const handler = invokeHandler;
    ipcMain.handle(INVOKE_CHANNEL, (event, payload: unknown) => handler.invoke(event, payload));

    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, onAbout: showAbout })));
    createMainWindow();
  });
}

// Must be called before the app is ready: every renderer runs sandboxed.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another instance owns the data folder; it gets 'second-instance' and focuses its window.
  app.quit();
}
