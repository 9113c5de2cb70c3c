CREATE TABLE `seal_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`year` integer,
	`serial` integer,
	`ref_id` text,
	`root_id` text NOT NULL,
	`seal_id` text NOT NULL,
	`seal_name` text NOT NULL,
	`use_kind` text NOT NULL,
	`outgoing_id` text,
	`doc_number` text NOT NULL,
	`secrecy_level` text NOT NULL,
	`used_at` text NOT NULL,
	`reason` text NOT NULL,
	`file_name` text NOT NULL,
	`copies` integer NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`handler` text NOT NULL,
	`approver_id` text,
	`approver_name` text NOT NULL,
	`approver_title` text NOT NULL,
	`approved_at` text,
	`method` text NOT NULL,
	`returned_at` text,
	`remarks` text NOT NULL,
	`correction_reason` text NOT NULL,
	`cancelled` integer NOT NULL,
	`supervisor` text NOT NULL,
	`recorded_by` text,
	`device_id` text NOT NULL,
	`chain_seq` integer NOT NULL,
	`hash` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`seal_id`) REFERENCES `seals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outgoing_id`) REFERENCES `outgoing`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seal_entries_serial` ON `seal_entries` (`year`,`serial`);--> statement-breakpoint
CREATE UNIQUE INDEX `seal_entries_chain` ON `seal_entries` (`device_id`,`chain_seq`);--> statement-breakpoint
CREATE INDEX `seal_entries_root` ON `seal_entries` (`root_id`);--> statement-breakpoint
CREATE INDEX `seal_entries_seal_used` ON `seal_entries` (`seal_id`,`used_at`);--> statement-breakpoint
CREATE INDEX `seal_entries_outgoing` ON `seal_entries` (`outgoing_id`);--> statement-breakpoint
CREATE INDEX `seal_entries_used` ON `seal_entries` (`used_at`);--> statement-breakpoint
CREATE TABLE `seals` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`custodian` text NOT NULL,
	`approver_titles` text NOT NULL,
	`approval_rule` text NOT NULL,
	`retired` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
