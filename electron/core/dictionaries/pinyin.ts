import { pinyin } from 'pinyin-pro';

/**
 * Search keys for a Chinese name: initials (县财政局 -> xczj) and full pinyin
 * (xiancaizhengju). Letters and digits in the name are kept as they are.
 */
export function pinyinKeys(name: string): { initials: string; pinyin: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return {
    initials: syllables.map((s) => (/^[a-z]/.test(s) ? s[0] : s)).join(''),
    pinyin: syllables.join(''),
  };
}
