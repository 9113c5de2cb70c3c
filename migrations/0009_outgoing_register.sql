CREATE TABLE `outgoing` (
	`id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`code_id` text NOT NULL,
	`doc_type` text NOT NULL,
	`title` text NOT NULL,
	`draft_unit_id` text,
	`draft_unit_name` text NOT NULL,
	`drafter` text NOT NULL,
	`draft_date` text NOT NULL,
	`main_to` text NOT NULL,
	`cc_to` text NOT NULL,
	`secrecy_level` text NOT NULL,
	`secrecy_period_months` integer,
	`urgency` text NOT NULL,
	`publicity` text NOT NULL,
	`publicity_reason` text NOT NULL,
	`normative` integer NOT NULL,
	`word_count` integer,
	`issuer` text NOT NULL,
	`matter` text NOT NULL,
	`reviewer` text,
	`review_date` text,
	`legal_reviewer` text,
	`legal_review_date` text,
	`legal_conclusion` text NOT NULL,
	`written_date` text,
	`number_id` text,
	`doc_number` text NOT NULL,
	`copies` integer,
	`copy_from` integer,
	`copy_to` integer,
	`printed_date` text,
	`archived_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`code_id`) REFERENCES `outgoing_codes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draft_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outgoing_state` ON `outgoing` (`state`,`draft_date`);--> statement-breakpoint
CREATE INDEX `outgoing_written` ON `outgoing` (`written_date`);--> statement-breakpoint
CREATE TABLE `outgoing_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`counter_id` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`counter_id`) REFERENCES `outgoing_counters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outgoing_codes_code` ON `outgoing_codes` (`code`);--> statement-breakpoint
CREATE INDEX `outgoing_codes_counter` ON `outgoing_codes` (`counter_id`);--> statement-breakpoint
CREATE TABLE `outgoing_counters` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`issuing_device_id` text NOT NULL,
	`start_serials` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outgoing_countersigns` (
	`id` text PRIMARY KEY NOT NULL,
	`outgoing_id` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`who` text NOT NULL,
	`date` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`outgoing_id`) REFERENCES `outgoing`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outgoing_countersigns_doc` ON `outgoing_countersigns` (`outgoing_id`);--> statement-breakpoint
CREATE TABLE `outgoing_distributions` (
	`id` text PRIMARY KEY NOT NULL,
	`outgoing_id` text NOT NULL,
	`recipients` text NOT NULL,
	`date` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`outgoing_id`) REFERENCES `outgoing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outgoing_distributions_doc` ON `outgoing_distributions` (`outgoing_id`);--> statement-breakpoint
CREATE TABLE `outgoing_numbers` (
	`id` text PRIMARY KEY NOT NULL,
	`counter_id` text NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`code` text NOT NULL,
	`doc_number` text NOT NULL,
	`outgoing_id` text,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`approver_id` text,
	`approver_name` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`counter_id`) REFERENCES `outgoing_counters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outgoing_id`) REFERENCES `outgoing`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outgoing_numbers_serial` ON `outgoing_numbers` (`counter_id`,`year`,`serial`);--> statement-breakpoint
CREATE INDEX `outgoing_numbers_doc` ON `outgoing_numbers` (`outgoing_id`);--> statement-breakpoint
CREATE TABLE `outgoing_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`outgoing_id` text NOT NULL,
	`person_id` text,
	`person_name` text NOT NULL,
	`person_title` text NOT NULL,
	`step` text NOT NULL,
	`date` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`outgoing_id`) REFERENCES `outgoing`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outgoing_signatures_doc` ON `outgoing_signatures` (`outgoing_id`);