-- The 发文 list (R10 numeric sort) and 会议纪要 (art. 7). SQLite adds a NOT NULL column only with a default:
-- 0 stands until the UPDATE below fills fts_rowid and year of the documents drafted before this migration.
ALTER TABLE `outgoing` ADD `fts_rowid` integer NOT NULL DEFAULT 0;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `year` integer NOT NULL DEFAULT 0;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `serial` integer;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `meeting_type` text;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `meeting_at` text;--> statement-breakpoint
-- Registration ms × 1024 + the row's place, as the core assigns it; year/serial of the number in use, else of 拟稿日期.
UPDATE `outgoing` SET
  `fts_rowid` = CAST(round(unixepoch(`created_at`, 'subsec') * 1000) AS INTEGER) * 1024 + (rowid % 1024),
  `year` = coalesce((SELECT n.`year` FROM `outgoing_numbers` n WHERE n.`id` = `outgoing`.`number_id`), CAST(substr(`draft_date`, 1, 4) AS INTEGER)),
  `serial` = (SELECT n.`serial` FROM `outgoing_numbers` n WHERE n.`id` = `outgoing`.`number_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `outgoing_fts_rowid` ON `outgoing` (`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_number_order` ON `outgoing` (`year`,`serial`);--> statement-breakpoint
CREATE INDEX `outgoing_minutes` ON `outgoing` (`meeting_at`) WHERE "outgoing"."meeting_at" IS NOT NULL;--> statement-breakpoint
-- Search over 标题, 发文字号, 拟稿单位 and 主送, as incoming_search (0003, 0007): derived on each PC, never synced,
-- refilled by the core when empty; titles of classified documents only in the secret table (R33).
CREATE VIRTUAL TABLE outgoing_search USING fts5(body, pairs, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');--> statement-breakpoint
CREATE VIRTUAL TABLE outgoing_search_secret USING fts5(body, pairs, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
