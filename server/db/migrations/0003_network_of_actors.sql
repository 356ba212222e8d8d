CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_period" CHECK ("contracts"."valid_to" is null or "contracts"."valid_to" >= "contracts"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "network_model_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"model" text NOT NULL,
	"valid_from" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_spaces" (
	"organization_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	CONSTRAINT "organization_spaces_organization_id_space_id_pk" PRIMARY KEY("organization_id","space_id")
);
--> statement-breakpoint
CREATE TABLE "organization_types" (
	"office_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "organization_types_office_id_code_pk" PRIMARY KEY("office_id","code")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"type" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"lon" double precision,
	"lat" double precision,
	"parent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_minimums" (
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"minimum_percent" integer NOT NULL,
	CONSTRAINT "position_minimums_office_id_kind_pk" PRIMARY KEY("office_id","kind")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"fte_percent" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_period" CHECK ("positions"."valid_to" is null or "positions"."valid_to" >= "positions"."valid_from"),
	CONSTRAINT "positions_fte" CHECK ("positions"."fte_percent" > 0 and "positions"."fte_percent" <= 1000)
);
--> statement-breakpoint
CREATE TABLE "team_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"organization_id" uuid,
	"user_id" uuid,
	"person_name" text NOT NULL,
	"team_role" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"fte_percent" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_memberships_period" CHECK ("team_memberships"."valid_to" is null or "team_memberships"."valid_to" >= "team_memberships"."valid_from"),
	CONSTRAINT "team_memberships_fte" CHECK ("team_memberships"."fte_percent" is null or ("team_memberships"."fte_percent" > 0 and "team_memberships"."fte_percent" <= 100))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_model_periods" ADD CONSTRAINT "network_model_periods_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_spaces" ADD CONSTRAINT "organization_spaces_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_spaces" ADD CONSTRAINT "organization_spaces_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_types" ADD CONSTRAINT "organization_types_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_minimums" ADD CONSTRAINT "position_minimums_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_space_id_social_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."social_spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contracts_space_idx" ON "contracts" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "network_model_periods_office_idx" ON "network_model_periods" USING btree ("office_id","valid_from");--> statement-breakpoint
CREATE INDEX "organizations_office_idx" ON "organizations" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "positions_space_idx" ON "positions" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "team_memberships_space_idx" ON "team_memberships" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "team_memberships_user_idx" ON "team_memberships" USING btree ("user_id");