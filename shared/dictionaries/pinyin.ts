import { pinyin } from 'pinyin-pro';

const RUNS = /[\u3400-\u9fff]+|[^\u3400-\u9fff]+/g;

/**
 * Search keys for a Chinese name: initials (县财政局 -> xczj) and full pinyin
 * (xiancaizhengju). Letters and digits in the name are kept whole in both
 * (G20峰会筹备办 -> g20fhcbb), since that is how a clerk types them.
 */
export function pinyinKeys(name: string): { initials: string; pinyin: string } {
  let initials = '';
  let full = '';
  for (const run of name.match(RUNS) ?? []) {
    if (/^[\u3400-\u9fff]/.test(run)) {
      const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
      initials += syllables.map((s) => s[0] ?? '').join('');
      full += syllables.join('');
    } else {
      const kept = run.toLowerCase().replace(/[^a-z0-9]/g, '');
      initials += kept;
      full += kept;
    }
  }
  return { initials, pinyin: full };
}
