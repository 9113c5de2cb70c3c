-- R23: the 用印登记簿 is append-only. A mistake is fixed by a 更正 line, never by changing or
-- removing the wrong one; these guards refuse an UPDATE or DELETE from any code path.
CREATE TRIGGER seal_entries_no_update BEFORE UPDATE ON seal_entries
BEGIN SELECT RAISE(ABORT, 'seal_entries rows are never changed'); END;
--> statement-breakpoint
CREATE TRIGGER seal_entries_no_delete BEFORE DELETE ON seal_entries
BEGIN SELECT RAISE(ABORT, 'seal_entries rows are never deleted'); END;
