CREATE TABLE "booking_receipts" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"drawn_cents" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"requested_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"close_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_amounts" CHECK ("commitments"."amount_cents" > 0 and "commitments"."drawn_cents" >= 0 and "commitments"."drawn_cents" <= "commitments"."amount_cents"),
	CONSTRAINT "commitments_status" CHECK ("commitments"."status" in ('pending', 'open', 'closed', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "project_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_attachments_size" CHECK ("project_attachments"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "project_reach" (
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"age_band" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "project_reach_project_id_year_age_band_pk" PRIMARY KEY("project_id","year","age_band"),
	CONSTRAINT "project_reach_count" CHECK ("project_reach"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"status" text NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_year_notes" (
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"successes" text DEFAULT '' NOT NULL,
	"difficulties" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_year_notes_project_id_year_pk" PRIMARY KEY("project_id","year")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"space_ids" uuid[] NOT NULL,
	"topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"initiated_by" text NOT NULL,
	"initiation_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'idea' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"partner_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"carrier_membership_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_status" CHECK ("projects"."status" in ('idea', 'planned', 'running', 'completed', 'stopped')),
	CONSTRAINT "projects_initiated_by" CHECK ("projects"."initiated_by" in ('affected', 'professionals', 'joint')),
	CONSTRAINT "projects_stop_reason" CHECK ("projects"."status" <> 'stopped' or length("projects"."status_reason") >= 3),
	CONSTRAINT "projects_dates" CHECK ("projects"."ends_on" is null or "projects"."starts_on" is null or "projects"."ends_on" >= "projects"."starts_on"),
	CONSTRAINT "projects_spaces" CHECK (cardinality("projects"."space_ids") >= 1)
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "commitment_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "drawn_from_commitment_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD COLUMN "carried_in_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_receipts" ADD CONSTRAINT "booking_receipts_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_receipts" ADD CONSTRAINT "booking_receipts_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_line_id_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reach" ADD CONSTRAINT "project_reach_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_status_events" ADD CONSTRAINT "project_status_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_status_events" ADD CONSTRAINT "project_status_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_year_notes" ADD CONSTRAINT "project_year_notes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_year_notes" ADD CONSTRAINT "project_year_notes_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_line_idx" ON "commitments" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "commitments_project_idx" ON "commitments" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_one_live" ON "commitments" USING btree ("project_id","line_id") WHERE status in ('pending', 'open');--> statement-breakpoint
CREATE INDEX "project_attachments_project_idx" ON "project_attachments" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_status_events_project_idx" ON "project_status_events" USING btree ("project_id","occurred_on");--> statement-breakpoint
CREATE INDEX "projects_office_status_idx" ON "projects" USING btree ("office_id","status");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_project" CHECK ("bookings"."project_id" is null or "bookings"."purpose" = 'project');