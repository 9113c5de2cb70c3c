-- R14: a 发文字号 is never deleted and its place in the series never changes; a
-- void number stays as 作废号. These guards stop an accidental DELETE or renumbering.
CREATE TRIGGER outgoing_numbers_no_delete BEFORE DELETE ON outgoing_numbers
BEGIN SELECT RAISE(ABORT, 'outgoing_numbers rows are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER outgoing_numbers_fixed_serial BEFORE UPDATE OF counter_id, year, serial ON outgoing_numbers
BEGIN SELECT RAISE(ABORT, 'a number keeps its counter, year and serial'); END;
