CREATE INDEX `incoming_doc_type` ON `incoming` (`doc_type`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `incoming_secrecy` ON `incoming` (`secrecy_level`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `incoming_class` ON `incoming` (`incoming_class`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `incoming_unit` ON `incoming` (`from_unit_id`,`fts_rowid`);