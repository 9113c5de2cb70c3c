CREATE TABLE `sync_applied` (
	`device_id` text NOT NULL,
	`seq` integer NOT NULL,
	`applied_at` text NOT NULL,
	`entries` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_applied_file` ON `sync_applied` (`device_id`,`seq`);--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`kept_value` text,
	`kept_hlc` text NOT NULL,
	`lost_value` text,
	`lost_hlc` text NOT NULL,
	`lost_device_id` text NOT NULL,
	`detected_at` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	`resolution` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open` ON `sync_conflicts` (`resolved_at`);--> statement-breakpoint
CREATE TABLE `sync_pending` (
	`hlc` text PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`op` text NOT NULL,
	`fields` text NOT NULL,
	`reason` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_quarantine` (
	`device_id` text NOT NULL,
	`seq` integer NOT NULL,
	`reason` text NOT NULL,
	`first_seen` text NOT NULL,
	`last_seen` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_quarantine_file` ON `sync_quarantine` (`device_id`,`seq`);--> statement-breakpoint
CREATE INDEX `change_log_row` ON `change_log` (`table_name`,`row_id`);