import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { entryOf, searchEntries } from '../../../electron/core/incoming/search-index';

const TEXTS = [
  '关于做好2024年防汛抗旱工作的通知',
  '湘政发〔２０２６〕１２号',
  'ＡＢＣ　Ｄｅｆ full-width and Latin',
  'Café résumé ÉCOLE naïve',
  'Ελληνικά Кириллица İstanbul',
  '①②③ Ⅻ ½ 第⑴项',
  '凤凰县应急管理局（县防汛办）',
  '《关于印发〈工作方案〉的通知》——附件：1.2.3',
  'emoji 🌊 and private use \uE000',
  '',
];

/** Every token FTS5 stored for each column, by tokenizer (fts5vocab's instance table). */
function tokens(tokenize: string, rows: [string, string, string][]): string[] {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE s USING fts5(body, pairs, tags, content='', contentless_delete=1, tokenize='${tokenize}');
             CREATE VIRTUAL TABLE v USING fts5vocab(s, 'instance');`);
    const add = db.prepare('INSERT INTO s (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
    rows.forEach((r, i) => add.run(i + 1, ...r));
    return (db.prepare('SELECT doc, col, offset, term FROM v ORDER BY doc, col, offset').all() as Record<string, unknown>[]).map((t) => JSON.stringify(t));
  } finally {
    db.close();
  }
}

describe('the search tables’ tokenizer', () => {
  // Migration 0019 moved the four search tables from unicode61 to ascii (faster to fill). The core writes
  // only letters and digits, folded, separated by spaces: both tokenizers must read them as the same tokens.
  it('reads the core’s index text into exactly the tokens unicode61 read', () => {
    const rows: [string, string, string][] = [];
    for (const title of TEXTS) {
      for (const secrecyLevel of ['none', 'secret'] as const) {
        const { open, secret } = searchEntries({
          title,
          docNumber: TEXTS[1],
          fromUnitName: TEXTS[6],
          docType: 'notice',
          secrecyLevel,
          incomingClass: 'toHandle',
          state: 'registered',
          fromUnitId: '0192b6c1-7e1f-7b3a-9c1d-00000000002a',
          year: 2026,
        });
        rows.push(open, ...(secret ? [secret] : []));
      }
      rows.push(entryOf([title, 'Ｘ发〔2026〕3号'], { docType: 'notice', codeId: 'c-1', publicity: 'public', year: 2026 }));
    }
    const ascii = tokens('ascii', rows);
    expect(ascii.length).toBeGreaterThan(1000);
    expect(ascii).toEqual(tokens('unicode61 remove_diacritics 0', rows));
  });
});
