-- Derived, never synced: each PC builds them from its own incoming rows.
--
-- incoming_days: per 收文日期, the first and last registration key (fts_rowid) and 收文号 serial of the
-- records received that day. A date range becomes a range of keys or serials from a few hundred rows of this
-- table instead of a scan of every record in the range. The bounds only ever widen (a corrected or deleted
-- record leaves them a little wide), so they always enclose the day's records.
CREATE TABLE incoming_days (
  received_date TEXT PRIMARY KEY,
  first_key INTEGER NOT NULL,
  last_key INTEGER NOT NULL,
  first_serial INTEGER NOT NULL,
  last_serial INTEGER NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO incoming_days
  SELECT received_date, min(fts_rowid), max(fts_rowid), min(serial), max(serial) FROM incoming GROUP BY received_date;
--> statement-breakpoint
-- The search tables gain two columns: `pairs`, each pair of neighbouring characters as one token, so a term of
-- two or more characters is looked up by its pairs (a rare pair of common characters is found at once), and
-- `tags`, the record's list-filter values as tokens, so a search with a filter is one FTS5 query. The core
-- refills both tables from the incoming rows when it finds them empty.
DROP TABLE incoming_search;
--> statement-breakpoint
DROP TABLE incoming_search_secret;
--> statement-breakpoint
CREATE VIRTUAL TABLE incoming_search USING fts5(body, pairs, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE VIRTUAL TABLE incoming_search_secret USING fts5(body, pairs, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
