CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"booked_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"purpose" text NOT NULL,
	"payee" text NOT NULL,
	"receipt_reference" text,
	"note" text DEFAULT '' NOT NULL,
	"reverses_booking_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_one_reversal" UNIQUE("reverses_booking_id"),
	CONSTRAINT "bookings_amount" CHECK ("bookings"."amount_cents" <> 0 and (("bookings"."reverses_booking_id" is null) = ("bookings"."amount_cents" > 0))),
	CONSTRAINT "bookings_purpose" CHECK ("bookings"."purpose" in ('project', 'consultation_participation', 'networker_position', 'other'))
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"planned_cents" integer NOT NULL,
	"committed_cents" integer DEFAULT 0 NOT NULL,
	"booked_cents" integer DEFAULT 0 NOT NULL,
	"account_code" text,
	"resolution_date" date,
	"resolution_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_space_year_kind" UNIQUE("space_id","year","kind"),
	CONSTRAINT "budget_lines_planned" CHECK ("budget_lines"."planned_cents" >= 0),
	CONSTRAINT "budget_lines_not_overspent" CHECK ("budget_lines"."committed_cents" >= 0 and "budget_lines"."booked_cents" >= 0 and "budget_lines"."committed_cents" + "budget_lines"."booked_cents" <= "budget_lines"."planned_cents"),
	CONSTRAINT "budget_lines_year" CHECK ("budget_lines"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "budget_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"case_consultation_cents" integer DEFAULT 936000 NOT NULL,
	"network_work_cents" integer DEFAULT 1248000 NOT NULL,
	"account_code" text,
	"resolution_date" date,
	"resolution_reference" text,
	"approval_threshold_cents" integer DEFAULT 250000 NOT NULL,
	"carry_over" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_years_closed" (
	"office_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by_user_id" uuid,
	CONSTRAINT "budget_years_closed_space_id_year_pk" PRIMARY KEY("space_id","year")
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_line_id_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_settings" ADD CONSTRAINT "budget_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_years_closed" ADD CONSTRAINT "budget_years_closed_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_years_closed" ADD CONSTRAINT "budget_years_closed_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_years_closed" ADD CONSTRAINT "budget_years_closed_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_line_idx" ON "bookings" USING btree ("line_id","booked_on");--> statement-breakpoint
CREATE INDEX "bookings_office_idx" ON "bookings" USING btree ("office_id","booked_on");--> statement-breakpoint
CREATE INDEX "budget_lines_office_year_idx" ON "budget_lines" USING btree ("office_id","year");