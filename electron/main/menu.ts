// Pure builder for the Chinese application menu (types only from 'electron').
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Packaged builds get no reload item (no way to drop in-memory state by accident). */
  isPackaged: boolean;
  /** Shows the "about" dialog. */
  onAbout: () => void;
}

export function appMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [];
  if (!options.isPackaged) {
    view.push({ label: '重新加载', role: 'reload' }, { type: 'separator' });
  }
  view.push(
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
  );
  return [
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于文秘台账', click: () => options.onAbout() }] },
  ];
}
