/**
 * Finding an entry of a dictionary (units, people) the way a clerk types it:
 * a piece of the Chinese name (财政), the initials (czj, or xczj from the start),
 * or whole syllables (caizheng). Pure, so the unit picker, the directory screens
 * and later the registers all find the same entries in the same order.
 */

export interface NameKeys {
  /** Chinese names to search in, e.g. full name and short name. */
  names: readonly string[];
  /** Initials, e.g. 县财政局 -> xczj (the administrator's override where one is set). */
  initials: string;
  /** Full pinyin without tones or spaces, e.g. xiancaizhengju. */
  pinyin: string;
}

// Lower is better; entries matching in several ways take their best rank.
const RANK = {
  exactName: 0,
  namePrefix: 1,
  nameInside: 2,
  initialsPrefix: 3,
  pinyinPrefix: 4,
  initialsInside: 5,
  pinyinInside: 6,
} as const;

/** Lower case, without spaces, so "Cai Zheng" and "caizheng" are the same query. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, '');
}

/** How well `keys` answers `query` (lower is better), or null when it does not match. An empty query matches everything. */
export function matchRank(keys: NameKeys, query: string): number | null {
  const q = normalizeQuery(query);
  if (q === '') return RANK.exactName;
  let best: number | null = null;
  const consider = (rank: number) => {
    if (best === null || rank < best) best = rank;
  };
  for (const name of keys.names) {
    const n = normalizeQuery(name);
    if (n === q) consider(RANK.exactName);
    else if (n.startsWith(q)) consider(RANK.namePrefix);
    else if (n.includes(q)) consider(RANK.nameInside);
  }
  // Latin keys only answer Latin queries: a Chinese query is never "inside" xczj.
  if (/^[a-z0-9]+$/.test(q)) {
    const initials = keys.initials.toLowerCase();
    const pinyin = keys.pinyin.toLowerCase();
    if (initials.startsWith(q)) consider(RANK.initialsPrefix);
    else if (initials.includes(q)) consider(RANK.initialsInside);
    if (pinyin.startsWith(q)) consider(RANK.pinyinPrefix);
    else if (pinyin.includes(q)) consider(RANK.pinyinInside);
  }
  return best;
}

export function matchesName(keys: NameKeys, query: string): boolean {
  return matchRank(keys, query) !== null;
}

/** The matching items, best first; items that match equally well keep their order. */
export function filterByName<T>(items: readonly T[], query: string, keysOf: (item: T) => NameKeys): T[] {
  const ranked: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const rank = matchRank(keysOf(item), query);
    if (rank !== null) ranked.push({ item, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.item);
}
