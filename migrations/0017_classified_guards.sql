-- R27/R30 and art. 23: a copy's history, a destruction batch, its items and notes are records.
-- History lines and notes are never changed or removed; batches and items are never removed
-- (a batch moves through its states, an item can be withdrawn before approval, both by UPDATE).
CREATE TRIGGER classified_events_no_update BEFORE UPDATE ON classified_events
BEGIN SELECT RAISE(ABORT, 'classified_events rows are never changed'); END;
--> statement-breakpoint
CREATE TRIGGER classified_events_no_delete BEFORE DELETE ON classified_events
BEGIN SELECT RAISE(ABORT, 'classified_events rows are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER classified_copies_no_delete BEFORE DELETE ON classified_copies
BEGIN SELECT RAISE(ABORT, 'classified_copies rows are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER destruction_batches_no_delete BEFORE DELETE ON destruction_batches
BEGIN SELECT RAISE(ABORT, 'destruction_batches rows are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER destruction_items_no_delete BEFORE DELETE ON destruction_items
BEGIN SELECT RAISE(ABORT, 'destruction_items rows are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER destruction_notes_no_update BEFORE UPDATE ON destruction_notes
BEGIN SELECT RAISE(ABORT, 'destruction_notes rows are never changed'); END;
--> statement-breakpoint
CREATE TRIGGER destruction_notes_no_delete BEFORE DELETE ON destruction_notes
BEGIN SELECT RAISE(ABORT, 'destruction_notes rows are never deleted'); END;
