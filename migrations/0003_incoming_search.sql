-- Any-length substring search over 标题, 来文字号 and 来文单位 (design.md, stack facts): contentless FTS5,
-- unicode61, each character its own token, queried as a phrase; rowid = incoming.fts_rowid, which follows
-- registration time, so "newest first" is ORDER BY rowid DESC with no sort and no scan.
-- Titles of classified records go to their own table: a search by someone without need to know never
-- touches them, so a hit cannot leak a word of a classified title (R33).
CREATE VIRTUAL TABLE incoming_search USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE VIRTUAL TABLE incoming_search_secret USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
