CREATE TABLE "report_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"suppression_threshold" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_text_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"space_id" uuid,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"written_by_user_id" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_text_blocks_version" UNIQUE NULLS NOT DISTINCT("office_id","year","space_id","key","version"),
	CONSTRAINT "report_text_blocks_key" CHECK ("report_text_blocks"."key" in ('summary', 'successes', 'difficulties', 'outlook'))
);
--> statement-breakpoint
ALTER TABLE "report_settings" ADD CONSTRAINT "report_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_text_blocks" ADD CONSTRAINT "report_text_blocks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_text_blocks" ADD CONSTRAINT "report_text_blocks_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_text_blocks" ADD CONSTRAINT "report_text_blocks_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_text_blocks_lookup_idx" ON "report_text_blocks" USING btree ("office_id","year","key");