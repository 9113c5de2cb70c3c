import { pinyin } from 'pinyin-pro';

/**
 * The initials the core will store for a name (县财政局 -> xczj), shown as the placeholder
 * of 拼音首字母 so the administrator sees a misreading (单县 -> dx) before saving.
 * Same options as electron/core/dictionaries/pinyin.ts, which the renderer may not import.
 */
export function computedInitials(name: string): string {
  return pinyin(name.trim(), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .map((s) => (/^[a-z]/.test(s) ? s[0] : s))
    .join('');
}
