-- The 发文 list (electron/core/outgoing/list.ts): every sort order on an index of its own keys, alone and after
-- each equality filter. drizzle-kit splits an expression index column at its comma: the coalesce() columns are written by hand.
DROP INDEX `outgoing_number_order`;--> statement-breakpoint
CREATE INDEX `outgoing_list_year` ON `outgoing` (`year`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_code` ON `outgoing` (`code_id`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_doc_type` ON `outgoing` (`doc_type`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_state` ON `outgoing` (`state`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_publicity` ON `outgoing` (`publicity`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_secrecy` ON `outgoing` (`secrecy_level`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date` ON `outgoing` (coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_year` ON `outgoing` (`year`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_code` ON `outgoing` (`code_id`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_doc_type` ON `outgoing` (`doc_type`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_state` ON `outgoing` (`state`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_publicity` ON `outgoing` (`publicity`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_date_secrecy` ON `outgoing` (`secrecy_level`,coalesce("written_date", "draft_date"),`fts_rowid`);--> statement-breakpoint
CREATE INDEX `outgoing_list_number` ON `outgoing` (`code_id`,`year`,`serial`,`fts_rowid`) WHERE "outgoing"."serial" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outgoing_list_number_doc_type` ON `outgoing` (`doc_type`,`code_id`,`year`,`serial`,`fts_rowid`) WHERE "outgoing"."serial" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outgoing_list_number_state` ON `outgoing` (`state`,`code_id`,`year`,`serial`,`fts_rowid`) WHERE "outgoing"."serial" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outgoing_list_number_publicity` ON `outgoing` (`publicity`,`code_id`,`year`,`serial`,`fts_rowid`) WHERE "outgoing"."serial" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outgoing_list_number_secrecy` ON `outgoing` (`secrecy_level`,`code_id`,`year`,`serial`,`fts_rowid`) WHERE "outgoing"."serial" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outgoing_list_unnumbered` ON `outgoing` (`fts_rowid`) WHERE "outgoing"."serial" IS NULL;