CREATE TABLE `classified_copies` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_id` text NOT NULL,
	`copy_no` integer NOT NULL,
	`place` text NOT NULL,
	`holder_id` text,
	`holder_name` text NOT NULL,
	`folder_no` text NOT NULL,
	`since` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`doc_id`) REFERENCES `classified_docs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classified_copies_no` ON `classified_copies` (`doc_id`,`copy_no`);--> statement-breakpoint
CREATE INDEX `classified_copies_place` ON `classified_copies` (`place`);--> statement-breakpoint
CREATE TABLE `classified_docs` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`incoming_id` text,
	`title` text NOT NULL,
	`doc_number` text NOT NULL,
	`issuer_unit_id` text,
	`issuer_name` text NOT NULL,
	`secrecy_level` text NOT NULL,
	`secrecy_period_months` integer NOT NULL,
	`received_date` text NOT NULL,
	`scope` text NOT NULL,
	`return_by` text,
	`remarks` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`incoming_id`) REFERENCES `incoming`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issuer_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classified_docs_serial` ON `classified_docs` (`year`,`serial`);--> statement-breakpoint
CREATE UNIQUE INDEX `classified_docs_incoming` ON `classified_docs` (`incoming_id`);--> statement-breakpoint
CREATE TABLE `classified_events` (
	`id` text PRIMARY KEY NOT NULL,
	`copy_id` text NOT NULL,
	`doc_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`folder_no` text NOT NULL,
	`person_id` text,
	`person_name` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`signed_off` integer NOT NULL,
	`instruction` text NOT NULL,
	`batch_id` text,
	`batch_no` text NOT NULL,
	`officer` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`copy_id`) REFERENCES `classified_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`doc_id`) REFERENCES `classified_docs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `classified_events_copy` ON `classified_events` (`copy_id`,`at`);--> statement-breakpoint
CREATE TABLE `destruction_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`state` text NOT NULL,
	`applicant` text NOT NULL,
	`approver_id` text,
	`approver_name` text NOT NULL,
	`approver_title` text NOT NULL,
	`approved_at` text,
	`method` text,
	`facility` text NOT NULL,
	`place` text NOT NULL,
	`escort` text NOT NULL,
	`supervisors` text NOT NULL,
	`destroyed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `destruction_batches_serial` ON `destruction_batches` (`year`,`serial`);--> statement-breakpoint
CREATE TABLE `destruction_items` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`kind` text NOT NULL,
	`copy_id` text,
	`record_id` text,
	`title` text NOT NULL,
	`secrecy_level` text NOT NULL,
	`copy_no` integer,
	`copies` integer NOT NULL,
	`reason` text NOT NULL,
	`proposed_by` text NOT NULL,
	`withdrawn` integer NOT NULL,
	`withdraw_reason` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `destruction_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `classified_copies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `destruction_items_batch` ON `destruction_items` (`batch_id`);--> statement-breakpoint
CREATE INDEX `destruction_items_copy` ON `destruction_items` (`copy_id`);--> statement-breakpoint
CREATE TABLE `destruction_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `destruction_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `destruction_notes_batch` ON `destruction_notes` (`batch_id`);--> statement-breakpoint
CREATE TABLE `stock_check_items` (
	`id` text PRIMARY KEY NOT NULL,
	`check_id` text NOT NULL,
	`copy_id` text NOT NULL,
	`doc_id` text NOT NULL,
	`expected` text NOT NULL,
	`expected_holder` text NOT NULL,
	`confirmed_at` text,
	`discrepancy` integer NOT NULL,
	`resolution` text NOT NULL,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `stock_checks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `classified_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`doc_id`) REFERENCES `classified_docs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_check_items_check` ON `stock_check_items` (`check_id`);--> statement-breakpoint
CREATE INDEX `stock_check_items_open` ON `stock_check_items` (`discrepancy`,`resolved_at`);--> statement-breakpoint
CREATE TABLE `stock_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`officer` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
