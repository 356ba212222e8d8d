CREATE TABLE "committee_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_meetings_id_committee" UNIQUE("id","committee_id"),
	CONSTRAINT "committee_meetings_time" CHECK ("committee_meetings"."ends_at" is null or "committee_meetings"."ends_at" > "committee_meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committees_name" UNIQUE("office_id","name"),
	CONSTRAINT "committees_kind" CHECK ("committees"."kind" in ('committee', 'administration'))
);
--> statement-breakpoint
CREATE TABLE "paper_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"paper_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"committee_id" uuid NOT NULL,
	"meeting_id" uuid,
	"role" text NOT NULL,
	CONSTRAINT "paper_consultations_position" UNIQUE("paper_id","position"),
	CONSTRAINT "paper_consultations_role" CHECK ("paper_consultations"."role" in ('hearing', 'preliminary', 'decision'))
);
--> statement-breakpoint
CREATE TABLE "paper_related" (
	"paper_id" uuid NOT NULL,
	"related_paper_id" uuid NOT NULL,
	CONSTRAINT "paper_related_paper_id_related_paper_id_pk" PRIMARY KEY("paper_id","related_paper_id"),
	CONSTRAINT "paper_related_not_self" CHECK ("paper_related"."paper_id" <> "paper_related"."related_paper_id")
);
--> statement-breakpoint
CREATE TABLE "papers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"paper_type" text NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"space_id" uuid,
	"responsible_unit_id" uuid NOT NULL,
	"resolution_template" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "papers_reference" UNIQUE("office_id","reference"),
	CONSTRAINT "papers_year" CHECK ("papers"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_consultations" ADD CONSTRAINT "paper_consultations_paper_id_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_consultations" ADD CONSTRAINT "paper_consultations_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_consultations" ADD CONSTRAINT "paper_consultations_meeting_fk" FOREIGN KEY ("meeting_id","committee_id") REFERENCES "public"."committee_meetings"("id","committee_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_related" ADD CONSTRAINT "paper_related_paper_id_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_related" ADD CONSTRAINT "paper_related_related_paper_id_papers_id_fk" FOREIGN KEY ("related_paper_id") REFERENCES "public"."papers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "papers" ADD CONSTRAINT "papers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "papers" ADD CONSTRAINT "papers_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "papers" ADD CONSTRAINT "papers_responsible_unit_id_committees_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_meetings_office_starts_idx" ON "committee_meetings" USING btree ("office_id","starts_at");--> statement-breakpoint
CREATE INDEX "committee_meetings_committee_idx" ON "committee_meetings" USING btree ("committee_id","starts_at");--> statement-breakpoint
CREATE INDEX "paper_consultations_committee_idx" ON "paper_consultations" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "paper_consultations_meeting_idx" ON "paper_consultations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "paper_related_related_idx" ON "paper_related" USING btree ("related_paper_id");--> statement-breakpoint
CREATE INDEX "papers_office_date_idx" ON "papers" USING btree ("office_id","date");--> statement-breakpoint
CREATE INDEX "papers_report_idx" ON "papers" USING btree ("office_id","year");