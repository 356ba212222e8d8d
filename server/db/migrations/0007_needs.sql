CREATE TABLE "gap_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"gap_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"event" text NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "gaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"match_service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"close_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gaps_need_topic" UNIQUE("need_id","topic_id"),
	CONSTRAINT "gaps_kind" CHECK ("gaps"."kind" in ('missing', 'reach', 'fit')),
	CONSTRAINT "gaps_state" CHECK ("gaps"."state" in ('open', 'closed')),
	CONSTRAINT "gaps_closed" CHECK (("gaps"."state" = 'closed') = ("gaps"."closed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"target_group" text,
	"age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text NOT NULL,
	"voice" text NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_organization_id" uuid,
	"text" text NOT NULL,
	"known_service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"knows_no_offers" boolean DEFAULT false NOT NULL,
	"requirements" jsonb NOT NULL,
	"helpful_service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"helpful_text" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"project_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"review_state" text DEFAULT 'accepted' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"language" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_source" CHECK ("needs"."source" in ('home_visit', 'case_closure', 'participation', 'meeting', 'public_form', 'other')),
	CONSTRAINT "needs_voice" CHECK ("needs"."voice" in ('affected', 'professional')),
	CONSTRAINT "needs_status" CHECK ("needs"."status" in ('open', 'referred', 'project', 'closed')),
	CONSTRAINT "needs_review_state" CHECK ("needs"."review_state" in ('pending', 'accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"service_id" uuid,
	"to_organization_id" uuid,
	"from_organization_id" uuid,
	"referred_by_user_id" uuid,
	"referred_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_need_service" UNIQUE("need_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "gap_events" ADD CONSTRAINT "gap_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_events" ADD CONSTRAINT "gap_events_gap_id_gaps_id_fk" FOREIGN KEY ("gap_id") REFERENCES "public"."gaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_events" ADD CONSTRAINT "gap_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gaps" ADD CONSTRAINT "gaps_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gaps" ADD CONSTRAINT "gaps_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gaps" ADD CONSTRAINT "gaps_topic_id_taxonomy_terms_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_recorded_by_organization_id_organizations_id_fk" FOREIGN KEY ("recorded_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_user_id_users_id_fk" FOREIGN KEY ("referred_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gap_events_gap_idx" ON "gap_events" USING btree ("gap_id","at");--> statement-breakpoint
CREATE INDEX "gaps_office_idx" ON "gaps" USING btree ("office_id","state");--> statement-breakpoint
CREATE INDEX "needs_office_recorded_idx" ON "needs" USING btree ("office_id","recorded_on");--> statement-breakpoint
CREATE INDEX "needs_space_idx" ON "needs" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "needs_topic_ids_idx" ON "needs" USING gin ("topic_ids");--> statement-breakpoint
CREATE INDEX "referrals_office_idx" ON "referrals" USING btree ("office_id","referred_on");--> statement-breakpoint
CREATE INDEX "referrals_need_idx" ON "referrals" USING btree ("need_id");