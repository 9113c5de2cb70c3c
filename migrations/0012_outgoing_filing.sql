ALTER TABLE `outgoing` ADD `filing_authority` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `filing_date` text;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `filing_signer_id` text REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `outgoing` ADD `filing_signer_name` text;--> statement-breakpoint
ALTER TABLE `outgoing` ADD `filing_signer_title` text;