import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../electron/main/menu';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = template.find((entry) => entry.label === label);
  expect(item, label).toBeDefined();
  return item!.submenu as MenuItemConstructorOptions[];
}

const roles = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.role);

describe('appMenuTemplate', () => {
  it('has the four Chinese menus in order', () => {
    const template = appMenuTemplate({ isPackaged: true, onAbout: () => {} });
    expect(template.map((entry) => entry.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('has quit and the standard edit roles', () => {
    const template = appMenuTemplate({ isPackaged: true, onAbout: () => {} });
    expect(submenu(template, '文件')).toEqual([{ label: '退出', role: 'quit' }]);
    expect(roles(submenu(template, '编辑'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(template, '编辑').map((i) => i.label).filter(Boolean)).toEqual([
      '撤销',
      '重做',
      '剪切',
      '复制',
      '粘贴',
      '全选',
    ]);
  });

  it('offers reload only when not packaged, and never dev tools', () => {
    const packaged = roles(submenu(appMenuTemplate({ isPackaged: true, onAbout: () => {} }), '视图'));
    const dev = roles(submenu(appMenuTemplate({ isPackaged: false, onAbout: () => {} }), '视图'));
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut']);
    expect(dev).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut']);
    const all = JSON.stringify([packaged, dev]);
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('forceReload');
  });

  it('calls onAbout from 帮助 > 关于文秘台账', () => {
    const onAbout = vi.fn();
    const [about] = submenu(appMenuTemplate({ isPackaged: true, onAbout }), '帮助');
    expect(about.label).toBe('关于文秘台账');
    (about.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });
});
