import { describe, expect, it } from 'vitest';
import { filterByName, matchesName, matchRank, normalizeQuery, type NameKeys } from '../../../shared/dictionaries/match';

const finance: NameKeys = { names: ['县财政局', '财政局'], initials: 'xczj', pinyin: 'xiancaizhengju' };
const education: NameKeys = { names: ['县教育和体育局', '教体局'], initials: 'xjyhtyj', pinyin: 'xianjiaoyuhetiyuju' };
// 单县: the library reads dan xian, the administrator's override says sx.
const shanxian: NameKeys = { names: ['单县人民政府'], initials: 'sxrmzf', pinyin: 'danxianrenminzhengfu' };

describe('matchesName', () => {
  it('finds a Chinese substring of the full or the short name', () => {
    expect(matchesName(finance, '财政')).toBe(true);
    expect(matchesName(finance, '县财政局')).toBe(true);
    expect(matchesName(education, '教体')).toBe(true);
    expect(matchesName(finance, '教育')).toBe(false);
  });

  it('finds initials from the start or inside', () => {
    expect(matchesName(finance, 'xczj')).toBe(true);
    expect(matchesName(finance, 'xc')).toBe(true);
    expect(matchesName(finance, 'czj')).toBe(true);
    expect(matchesName(finance, 'zjc')).toBe(false);
  });

  it('finds whole syllables anywhere in the full pinyin', () => {
    expect(matchesName(finance, 'caizheng')).toBe(true);
    expect(matchesName(finance, 'xiancai')).toBe(true);
    expect(matchesName(finance, 'zhengju')).toBe(true);
    expect(matchesName(finance, 'jiaoyu')).toBe(false);
  });

  it('ignores case and spaces', () => {
    expect(matchesName(finance, 'CZJ')).toBe(true);
    expect(matchesName(finance, ' Cai Zheng ')).toBe(true);
    expect(normalizeQuery(' Cai  Zheng ')).toBe('caizheng');
  });

  it('uses the overridden initials the core hands out', () => {
    expect(matchesName(shanxian, 'sx')).toBe(true);
    expect(matchesName(shanxian, 'dx')).toBe(false);
    expect(matchesName(shanxian, 'danxian')).toBe(true);
  });

  it('never matches a Chinese query against the Latin keys', () => {
    const latinOnly: NameKeys = { names: ['某单位'], initials: 'mdw', pinyin: 'moudanwei' };
    expect(matchesName(latinOnly, '单')).toBe(true);
    expect(matchesName(latinOnly, '财')).toBe(false);
  });

  it('matches Latin letters or digits written in the name itself', () => {
    const withDigits: NameKeys = { names: ['12345热线办'], initials: '12345rxb', pinyin: '12345rexianban' };
    expect(matchesName(withDigits, '12345')).toBe(true);
    expect(matchesName(withDigits, '热线')).toBe(true);
  });

  it('matches everything on an empty query', () => {
    expect(matchesName(finance, '')).toBe(true);
    expect(matchesName(finance, '   ')).toBe(true);
  });
});

describe('matchRank', () => {
  it('prefers the name, then the initials from the start, then the pinyin', () => {
    const exact = matchRank(finance, '县财政局')!;
    const prefix = matchRank(finance, '县财')!;
    const inside = matchRank(finance, '政局')!;
    const initialsPrefix = matchRank(finance, 'xcz')!;
    const initialsInside = matchRank(finance, 'czj')!;
    const pinyinInside = matchRank(finance, 'caizheng')!;
    expect(exact).toBeLessThan(prefix);
    expect(prefix).toBeLessThan(inside);
    expect(inside).toBeLessThan(initialsPrefix);
    expect(initialsPrefix).toBeLessThan(initialsInside);
    expect(initialsInside).toBeLessThan(pinyinInside);
    expect(matchRank(finance, 'abc')).toBeNull();
  });
});

describe('filterByName', () => {
  const units = [
    { id: 'edu', keys: education },
    { id: 'fin', keys: finance },
    { id: 'tax', keys: { names: ['县税务局'], initials: 'xswj', pinyin: 'xianshuiwuju' } },
    { id: 'cz', keys: { names: ['财政局驻县办事处'], initials: 'czjzxbsc', pinyin: 'caizhengjuzhuxianbanshichu' } },
  ];
  const ids = (q: string) => filterByName(units, q, (u) => u.keys).map((u) => u.id);

  it('keeps only the matches, best first', () => {
    expect(ids('czj')).toEqual(['cz', 'fin']);
    expect(ids('县财')).toEqual(['fin']);
    expect(ids('xianshui')).toEqual(['tax']);
  });

  it('keeps the original order among equal matches', () => {
    expect(ids('财政')).toEqual(['fin', 'cz']);
    expect(ids('县')).toEqual(['edu', 'fin', 'tax', 'cz']);
    expect(ids('')).toEqual(['edu', 'fin', 'tax', 'cz']);
  });
});
