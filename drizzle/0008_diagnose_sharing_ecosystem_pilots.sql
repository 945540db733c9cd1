CREATE TYPE "public"."assessment_peer_sharing" AS ENUM('none', 'anonymous', 'named');--> statement-breakpoint
CREATE TYPE "public"."pilot_amplitude" AS ENUM('specific-problem', 'sector-niche', 'pilot-project', 'integrated-zone');--> statement-breakpoint
CREATE TYPE "public"."pilot_area_level" AS ENUM('city', 'district', 'neighbourhood');--> statement-breakpoint
CREATE TYPE "public"."pilot_lever" AS ENUM('communication', 'service-app', 'sensors', 'dematerialisation', 'other');--> statement-breakpoint
CREATE TYPE "public"."pilot_sector_level" AS ENUM('administration', 'service', 'procedure');--> statement-breakpoint
CREATE TYPE "public"."pilot_status" AS ENUM('scoped', 'testing', 'refining', 'extending', 'scaled-up', 'stopped');--> statement-breakpoint
CREATE TABLE "assessment_sharing" (
	"territory_id" uuid PRIMARY KEY NOT NULL,
	"peers" "assessment_peer_sharing" DEFAULT 'none' NOT NULL,
	"with_parent" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_categories_key_unique" UNIQUE("territory_id","key")
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"gains" text[] DEFAULT '{}'::text[] NOT NULL,
	"gain_note" text DEFAULT '' NOT NULL,
	"resources" text[] DEFAULT '{}'::text[] NOT NULL,
	"resource_note" text DEFAULT '' NOT NULL,
	"commitments" text[] DEFAULT '{}'::text[] NOT NULL,
	"commitment_note" text DEFAULT '' NOT NULL,
	"influence" smallint NOT NULL,
	"interest" smallint NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholders_influence_range" CHECK ("stakeholders"."influence" between 1 and 5),
	CONSTRAINT "stakeholders_interest_range" CHECK ("stakeholders"."interest" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "pilot_action_practices" (
	"pilot_action_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "pilot_action_practices_pilot_action_id_practice_id_pk" PRIMARY KEY("pilot_action_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_action_stakeholders" (
	"pilot_action_id" uuid NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	CONSTRAINT "pilot_action_stakeholders_pilot_action_id_stakeholder_id_pk" PRIMARY KEY("pilot_action_id","stakeholder_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_action_weak_areas" (
	"pilot_action_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"dimension_id" text NOT NULL,
	CONSTRAINT "pilot_action_weak_areas_pilot_action_id_round_id_dimension_id_pk" PRIMARY KEY("pilot_action_id","round_id","dimension_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"area_level" "pilot_area_level" NOT NULL,
	"area_name" text DEFAULT '' NOT NULL,
	"sector_level" "pilot_sector_level" NOT NULL,
	"sector_name" text DEFAULT '' NOT NULL,
	"amplitude" "pilot_amplitude" NOT NULL,
	"lever" "pilot_lever" NOT NULL,
	"tool" text DEFAULT '' NOT NULL,
	"data_steps" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_users" text DEFAULT '' NOT NULL,
	"obstacles" text DEFAULT '' NOT NULL,
	"scaling_conditions" text DEFAULT '' NOT NULL,
	"status" "pilot_status" DEFAULT 'scoped' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_sharing" ADD CONSTRAINT "assessment_sharing_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sharing" ADD CONSTRAINT "assessment_sharing_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_categories" ADD CONSTRAINT "stakeholder_categories_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_practices" ADD CONSTRAINT "pilot_action_practices_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_practices" ADD CONSTRAINT "pilot_action_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_stakeholders" ADD CONSTRAINT "pilot_action_stakeholders_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_stakeholders" ADD CONSTRAINT "pilot_action_stakeholders_stakeholder_id_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_weak_areas" ADD CONSTRAINT "pilot_action_weak_areas_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_action_weak_areas" ADD CONSTRAINT "pilot_action_weak_areas_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_actions" ADD CONSTRAINT "pilot_actions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_actions" ADD CONSTRAINT "pilot_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholders_territory_name_unique" ON "stakeholders" USING btree ("territory_id",lower("name"));--> statement-breakpoint
CREATE INDEX "stakeholders_category_idx" ON "stakeholders" USING btree ("territory_id","category");--> statement-breakpoint
CREATE INDEX "pilot_action_stakeholders_stakeholder_idx" ON "pilot_action_stakeholders" USING btree ("stakeholder_id");--> statement-breakpoint
CREATE INDEX "pilot_actions_territory_idx" ON "pilot_actions" USING btree ("territory_id");