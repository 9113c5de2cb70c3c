import type Database from 'better-sqlite3';
import type { RowOf } from '../db/write-path';

/**
 * The searchable characters of a text: NFKC folds full-width ２０２６ and ｇ to
 * 2026 and g (an input method in full-width mode types them), letters are
 * lower-cased, punctuation and spaces are dropped — so 湘政发〔2026〕12号 is
 * found by 2026, 〔2026〕 or 政发.
 */
export function searchChars(text: string): string[] {
  return charsOfFolded(fold(text));
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const charsOfFolded = (folded: string): string[] => folded.match(/[\p{L}\p{N}]/gu) ?? [];

/**
 * '防汛抗旱' -> '防汛 汛抗 抗旱': each pair of neighbouring characters is one
 * token, so a term of two or more characters is looked up by its pairs, queried
 * as a phrase. Looking up 报关 by its characters walks every record that has
 * both 报 and 关 to compare positions; by its pair, the pair's own short list.
 */
export const pairs = (chars: string[]) => chars.slice(1).map((ch, i) => chars[i] + ch).join(' ');

/**
 * Between two fields of one record: a token no search term can produce (terms
 * become one- and two-character tokens), so 知县 does not match 通知 followed by 县财政局.
 */
export const FIELD_BREAK = ' fieldbreak ';

/**
 * The digit runs of a field as tokens: the run (n20241), its digits reversed
 * (r14202), and its first and last four digits (p2024, s0241). Runs are read
 * from the searchable characters (punctuation dropped, as the phrase reads
 * them), so 〔2024〕1号 has one run, 20241. A term's digits are found by their
 * pairs, but the pairs of numbers (20, 02, 24) are in nearly every record; a
 * run the term shows whole, or the beginning (发〔2022) or end (2022号) of one,
 * picks the few records that have it.
 */
const reverse = (digits: string) => [...digits].reverse().join('');
export const numberTokens = (chars: string[]): string[] =>
  (chars.join('').match(/[0-9]+/g) ?? []).flatMap((n) => [`n${n}`, `r${reverse(n)}`, ...(n.length >= 4 ? [`p${n.slice(0, 4)}`, `s${n.slice(-4)}`] : [])]);

/** The digit runs of a term as FTS5 conditions on `tags`; a run reaching either end of the term may be longer in a record. */
function numberConditions(chars: string[]): string[] {
  const text = chars.join('');
  const out: string[] = [];
  for (const m of text.matchAll(/[0-9]+/g)) {
    const run = m[0];
    const closedLeft = m.index > 0;
    const closedRight = m.index + run.length < text.length;
    // A term's run of four digits or more starts (p) or ends (s) a record's run of four or more.
    const long = run.length >= 4;
    if (closedLeft && closedRight) out.push(`tags : "n${run}"`);
    else if (closedLeft) out.push(...(long ? [`tags : "p${run.slice(0, 4)}"`] : []), ...(run.length === 4 ? [] : [`tags : "n${run}" *`]));
    else if (closedRight) out.push(...(long ? [`tags : "s${run.slice(-4)}"`] : []), ...(run.length === 4 ? [] : [`tags : "r${reverse(run)}" *`]));
  }
  return out;
}

/** The list filters a search can be combined with, as tokens of the `tags` column. */
export interface SearchTags {
  /** Any other register's filters (the 发文 list tags 代字 and 公开属性 too). */
  [name: string]: string | number | null | undefined;
  docType?: string;
  secrecyLevel?: string;
  incomingClass?: string;
  state?: string;
  fromUnitId?: string | null;
  year?: number;
}

/** secrecyLevel 'confidential' -> 'secrecyconfidential'; letters and digits only, so each is one token. */
function tagTokens(tags: SearchTags): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(tags)) {
    if (value === undefined || value === null || value === '') continue;
    out.push(`${name}${String(value)}`.toLowerCase().replace(/[^a-z0-9]/g, ''));
  }
  return out;
}

/**
 * The FTS5 query for a search term and the filters that go with it, or null
 * when the term has no letter or digit to look for: one character is looked up
 * in `body`, more in `pairs` as a phrase; each filter is a token of `tags`.
 */
export function searchQuery(term: string, tags: SearchTags): string | null {
  const chars = searchChars(term);
  if (chars.length === 0) return null;
  const text = chars.length === 1 ? `body : "${chars[0]}"` : `pairs : "${pairs(chars)}"`;
  return [text, ...numberConditions(chars), ...tagTokens(tags).map((t) => `tags : "${t}"`)].join(' AND ');
}

/** One field's share of a search-table row: its characters one by one, its pairs, its digit-run tokens. */
interface FieldTokens {
  /** '防汛抗旱' -> '防 汛 抗 旱': one token per character (design.md, stack facts), for one-character terms. */
  singles: string;
  pairs: string;
  numbers: string[];
}

const DIGIT = /[0-9]/;

/** singles, pairs and numberTokens of one field's characters in one pass (this runs for every field of every record an import writes). */
function fieldTokens(text: string): FieldTokens {
  const folded = fold(text);
  const chars = charsOfFolded(folded);
  let singles = chars[0] ?? '';
  let paired = '';
  for (let i = 1; i < chars.length; i += 1) {
    singles += ` ${chars[i]}`;
    paired += i === 1 ? chars[0] + chars[1] : ` ${chars[i - 1]}${chars[i]}`;
  }
  return { singles, pairs: paired, numbers: DIGIT.test(folded) ? numberTokens(chars) : [] };
}

/** Fields and tags as one search-table row's columns (body, pairs, tags). */
function entryOfTokens(fields: FieldTokens[], tags: string): SearchEntry {
  let body = '';
  let paired = '';
  let tagged = tags;
  fields.forEach((f, i) => {
    body += i === 0 ? f.singles : FIELD_BREAK + f.singles;
    paired += i === 0 ? f.pairs : FIELD_BREAK + f.pairs;
    for (const n of f.numbers) tagged += tagged ? ` ${n}` : n;
  });
  return [body, paired, tagged];
}

/** The columns (body, pairs, tags) of one search-table row over some fields, with the record's filter tags. */
export function entryOf(fields: string[], tags: SearchTags): [body: string, pairs: string, tags: string] {
  return entryOfTokens(fields.map(fieldTokens), tagTokens(tags).join(' '));
}

type SearchedColumn = 'title' | 'docNumber' | 'fromUnitName' | 'docType' | 'secrecyLevel' | 'incomingClass' | 'state' | 'fromUnitId' | 'year';

/** A record's filter tags; the same few combinations recur across a register, so they are kept (bounded). */
const tagCache = new Map<string, string>();
function tagsOf(row: Pick<RowOf<'incoming'>, SearchedColumn>): string {
  const key = `${row.docType}|${row.secrecyLevel}|${row.incomingClass}|${row.state}|${row.fromUnitId}|${row.year}`;
  let tags = tagCache.get(key);
  if (tags === undefined) {
    if (tagCache.size >= 4096) tagCache.clear();
    tags = tagTokens({
      docType: row.docType,
      secrecyLevel: row.secrecyLevel,
      incomingClass: row.incomingClass,
      state: row.state,
      fromUnitId: row.fromUnitId,
      year: row.year,
    }).join(' ');
    tagCache.set(key, tags);
  }
  return tags;
}

/** What the search tables are made from: the searched columns, the key, whether the record was deleted. */
export type IndexedRow = Pick<RowOf<'incoming'>, SearchedColumn | 'ftsRowid' | 'deletedAt'>;

/** The columns (body, pairs, tags) of a record's rows in the two search tables. */
export type SearchEntry = [body: string, pairs: string, tags: string];

/**
 * What a record puts in the search tables: a classified record's title only in
 * the secret table, everything else (and its 来文字号 and unit) in the public one.
 */
export function searchEntries(row: Pick<RowOf<'incoming'>, SearchedColumn>): { open: SearchEntry; secret: SearchEntry | null } {
  const classified = row.secrecyLevel !== 'none';
  const tags = tagsOf(row);
  const fields = (classified ? [row.docNumber, row.fromUnitName] : [row.title, row.docNumber, row.fromUnitName]).map(fieldTokens);
  const open = entryOfTokens(fields, tags);
  return { open, secret: classified ? entryOfTokens([fieldTokens(row.title)], tags) : null };
}

/** Maintains the two search tables of an incoming record (see searchEntries); incoming_search_secret is searched for people with need to know. */
export class IncomingSearchIndex {
  private readonly del: Database.Statement[];
  private readonly addPublic: Database.Statement;
  private readonly addSecret: Database.Statement;

  constructor(private readonly sqlite: Database.Database) {
    this.del = [
      sqlite.prepare('DELETE FROM incoming_search WHERE rowid = ?'),
      sqlite.prepare('DELETE FROM incoming_search_secret WHERE rowid = ?'),
    ];
    this.addPublic = sqlite.prepare('INSERT INTO incoming_search (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
    this.addSecret = sqlite.prepare('INSERT INTO incoming_search_secret (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
  }

  index(row: IndexedRow, op: 'insert' | 'update'): void {
    if (op === 'update') for (const d of this.del) d.run(row.ftsRowid);
    if (row.deletedAt) return;
    const { open, secret } = searchEntries(row);
    this.addPublic.run(row.ftsRowid, ...open);
    if (secret) this.addSecret.run(row.ftsRowid, ...secret);
  }

  /**
   * Fills the search tables from the incoming rows when they are empty while
   * records exist: after a migration that rebuilt them, or a database whose
   * derived tables were lost. Runs once, on open.
   */
  refillIfEmpty(readAfter: (key: number, limit: number) => RowOf<'incoming'>[]): number {
    const has = (sql: string) => this.sqlite.prepare(sql).get() !== undefined;
    if (has('SELECT rowid FROM incoming_search LIMIT 1') || !has('SELECT 1 FROM incoming WHERE deleted_at IS NULL LIMIT 1')) return 0;
    const write = this.sqlite.transaction((rows: RowOf<'incoming'>[]) => rows.forEach((r) => this.index(r, 'insert')));
    // Every record gets its entry here, those a large import left for later too.
    this.sqlite.exec('DELETE FROM incoming_search_backlog');
    let n = 0;
    for (let rows = readAfter(-1, 10_000); rows.length > 0; rows = readAfter(rows.at(-1)!.ftsRowid, 10_000)) {
      write(rows);
      n += rows.length;
    }
    return n;
  }
}
