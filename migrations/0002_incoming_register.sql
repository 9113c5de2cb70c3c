CREATE TABLE `assignment_urges` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`date` text NOT NULL,
	`how` text NOT NULL,
	`whom` text NOT NULL,
	`result` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_urges_assignment` ON `assignment_urges` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`incoming_id` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`role` text NOT NULL,
	`assigned_date` text NOT NULL,
	`deadline` text NOT NULL,
	`feedback` text NOT NULL,
	`done_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`incoming_id`) REFERENCES `incoming`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_doc` ON `assignments` (`incoming_id`);--> statement-breakpoint
CREATE INDEX `assignments_open` ON `assignments` (`done_date`,`deadline`);--> statement-breakpoint
CREATE TABLE `incoming` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`receipt_no` text NOT NULL,
	`fts_rowid` integer NOT NULL,
	`received_at` text NOT NULL,
	`received_date` text NOT NULL,
	`signed_by` text NOT NULL,
	`from_unit_id` text,
	`from_unit_name` text NOT NULL,
	`doc_number` text NOT NULL,
	`title` text NOT NULL,
	`doc_type` text NOT NULL,
	`written_date` text,
	`submitted_date` text,
	`secrecy_level` text NOT NULL,
	`secrecy_period_months` integer,
	`copy_numbers` text NOT NULL,
	`urgency` text NOT NULL,
	`copies` integer NOT NULL,
	`pages` integer,
	`incoming_class` text NOT NULL,
	`addressee` text NOT NULL,
	`state` text NOT NULL,
	`proposal` text NOT NULL,
	`proposed_by` text,
	`proposed_date` text,
	`handling_result` text NOT NULL,
	`done_date` text,
	`reply` text NOT NULL,
	`archive_no` text NOT NULL,
	`remarks` text NOT NULL,
	`resubmission_of` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incoming_year_serial` ON `incoming` (`year`,`serial`);--> statement-breakpoint
CREATE UNIQUE INDEX `incoming_fts_rowid` ON `incoming` (`fts_rowid`);--> statement-breakpoint
CREATE INDEX `incoming_received` ON `incoming` (`received_date`,`fts_rowid`);--> statement-breakpoint
CREATE INDEX `incoming_unit_doc` ON `incoming` (`from_unit_id`,`doc_number`);--> statement-breakpoint
CREATE INDEX `incoming_state` ON `incoming` (`state`,`fts_rowid`);--> statement-breakpoint
CREATE TABLE `incoming_instructions` (
	`id` text PRIMARY KEY NOT NULL,
	`incoming_id` text NOT NULL,
	`leader_id` text,
	`leader_name` text NOT NULL,
	`text` text NOT NULL,
	`date` text NOT NULL,
	`late` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`incoming_id`) REFERENCES `incoming`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incoming_instructions_doc` ON `incoming_instructions` (`incoming_id`);--> statement-breakpoint
CREATE TABLE `incoming_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`incoming_id` text NOT NULL,
	`reasons` text NOT NULL,
	`working_days` integer,
	`reason11_computed` integer NOT NULL,
	`reason11_note` text NOT NULL,
	`opinion` text NOT NULL,
	`remarks` text NOT NULL,
	`handled_by` text NOT NULL,
	`return_date` text NOT NULL,
	`office_name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`incoming_id`) REFERENCES `incoming`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incoming_returns_doc` ON `incoming_returns` (`incoming_id`);