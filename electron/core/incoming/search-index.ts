import type Database from 'better-sqlite3';
import type { RowOf } from '../db/write-path';

/**
 * One token per character (design.md, stack facts): '防汛 2026' -> '防 汛 2 0 2 6'.
 * Letters are lower-cased; punctuation and spaces separate and are dropped,
 * so 湘政发〔2026〕12号 is found by 2026, 〔2026〕 or 政发.
 */
export function charTokens(text: string): string {
  // NFKC folds full-width ２０２６ and ｇ to 2026 and g, as an input method in full-width mode types them.
  return Array.from(text.normalize('NFKC').toLowerCase())
    .filter((ch) => /[\p{L}\p{N}]/u.test(ch))
    .join(' ');
}

/**
 * Between two fields of one record: a token no search term can produce (terms
 * become one-character tokens), so 知县 does not match 通知 followed by 县财政局.
 */
const FIELD_BREAK = ' fieldbreak ';

/** An FTS5 phrase for a search term, or null when the term has no letter or digit to look for. */
export function phraseQuery(term: string): string | null {
  const tokens = charTokens(term);
  return tokens ? `"${tokens}"` : null;
}

/**
 * Maintains the two search tables of an incoming record. A classified record's
 * title goes only to incoming_search_secret, searched on behalf of people with
 * need to know; everything else (and the classified record's 来文字号 and unit)
 * to incoming_search.
 */
export class IncomingSearchIndex {
  private readonly del: Database.Statement[];
  private readonly addPublic: Database.Statement;
  private readonly addSecret: Database.Statement;

  constructor(sqlite: Database.Database) {
    this.del = [
      sqlite.prepare('DELETE FROM incoming_search WHERE rowid = ?'),
      sqlite.prepare('DELETE FROM incoming_search_secret WHERE rowid = ?'),
    ];
    this.addPublic = sqlite.prepare('INSERT INTO incoming_search (rowid, body) VALUES (?, ?)');
    this.addSecret = sqlite.prepare('INSERT INTO incoming_search_secret (rowid, body) VALUES (?, ?)');
  }

  index(row: RowOf<'incoming'>, op: 'insert' | 'update'): void {
    if (op === 'update') for (const d of this.del) d.run(row.ftsRowid);
    if (row.deletedAt) return;
    const classified = row.secrecyLevel !== 'none';
    const fields = classified ? [row.docNumber, row.fromUnitName] : [row.title, row.docNumber, row.fromUnitName];
    this.addPublic.run(row.ftsRowid, fields.map(charTokens).join(FIELD_BREAK));
    if (classified) this.addSecret.run(row.ftsRowid, charTokens(row.title));
  }
}
