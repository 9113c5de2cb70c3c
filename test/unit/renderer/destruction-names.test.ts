import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../renderer/destruction/names';

describe('splitNames (监销人)', () => {
  it('reads the names as typed on one line, whatever separates them', () => {
    expect(splitNames('龙晓燕、田小军')).toEqual(['龙晓燕', '田小军']);
    expect(splitNames(' 龙晓燕，田小军; 杨光明  吴保密 ')).toEqual(['龙晓燕', '田小军', '杨光明', '吴保密']);
    expect(splitNames('')).toEqual([]);
  });

  it('keeps a repeated name, so the core can say the two 监销人 must be different people', () => {
    expect(splitNames('龙晓燕、龙晓燕')).toEqual(['龙晓燕', '龙晓燕']);
  });
});
