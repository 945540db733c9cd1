CREATE TYPE "public"."journey_stage" AS ENUM('preparation', 'ambition', 'implementation', 'review');--> statement-breakpoint
CREATE TYPE "public"."milestone_status" AS ENUM('not-started', 'in-progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."solution_status" AS ENUM('planned', 'in-progress', 'on-hold', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."risk_acceptance_decision" AS ENUM('accepted', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."risk_state" AS ENUM('open', 'treating', 'accepted', 'closed');--> statement-breakpoint
CREATE TYPE "public"."risk_treatment" AS ENUM('avoid', 'reduce', 'transfer', 'accept');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."indicator_family" AS ENUM('economic-efficiency', 'technical-optimisation', 'social-inclusion', 'environmental-sustainability');--> statement-breakpoint
CREATE TYPE "public"."indicator_value_kind" AS ENUM('count', 'decimal', 'percent');--> statement-breakpoint
CREATE TYPE "public"."measurement_channel" AS ENUM('form', 'csv', 'api');--> statement-breakpoint
CREATE TYPE "public"."measurement_frequency" AS ENUM('monthly', 'quarterly', 'half-yearly', 'yearly');--> statement-breakpoint
CREATE TABLE "evaluation_committee_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"meets_on" date NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_committee_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"user_id" uuid,
	"external_name" text,
	"organisation" text DEFAULT '' NOT NULL,
	"represents" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_committee_members_who" CHECK (("evaluation_committee_members"."user_id" IS NULL) <> ("evaluation_committee_members"."external_name" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "governance_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"responsible_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"sub_objectives" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambitions_territory_code_unique" UNIQUE("territory_id","code")
);
--> statement-breakpoint
CREATE TABLE "milestone_dependencies" (
	"milestone_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "milestone_dependencies_milestone_id_depends_on_id_pk" PRIMARY KEY("milestone_id","depends_on_id"),
	CONSTRAINT "milestone_dependencies_not_self" CHECK ("milestone_dependencies"."milestone_id" <> "milestone_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"baseline_start" date,
	"baseline_end" date,
	"actual_start" date,
	"actual_end" date,
	"status" "milestone_status" DEFAULT 'not-started' NOT NULL,
	"weight" smallint DEFAULT 1 NOT NULL,
	"responsible_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_planned_order" CHECK ("milestones"."planned_end" >= "milestones"."planned_start"),
	CONSTRAINT "milestones_actual_order" CHECK ("milestones"."actual_end" IS NULL OR "milestones"."actual_start" IS NULL OR "milestones"."actual_end" >= "milestones"."actual_start"),
	CONSTRAINT "milestones_weight_range" CHECK ("milestones"."weight" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"territory_id" uuid PRIMARY KEY NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"thematic_track" text DEFAULT '' NOT NULL,
	"progress_page_published" boolean DEFAULT false NOT NULL,
	"publish_assessment_levels" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solution_ambitions" (
	"solution_id" uuid NOT NULL,
	"ambition_id" uuid NOT NULL,
	CONSTRAINT "solution_ambitions_solution_id_ambition_id_pk" PRIMARY KEY("solution_id","ambition_id")
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"vision_link" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"core_team" text DEFAULT '' NOT NULL,
	"contributors" text DEFAULT '' NOT NULL,
	"support_needed" text DEFAULT '' NOT NULL,
	"timeline_note" text DEFAULT '' NOT NULL,
	"budget_amount" numeric(14, 2),
	"budget_currency" text DEFAULT 'EUR' NOT NULL,
	"funding_sources" text DEFAULT '' NOT NULL,
	"stage" "journey_stage" DEFAULT 'ambition' NOT NULL,
	"status" "solution_status" DEFAULT 'planned' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"thematic_area_id" uuid,
	"pilot_action_id" uuid,
	"practice_id" uuid,
	"published" boolean DEFAULT false NOT NULL,
	"baseline_frozen_at" timestamp with time zone,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solutions_period_order" CHECK ("solutions"."ends_on" >= "solutions"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "risk_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"decision" "risk_acceptance_decision" NOT NULL,
	"approver_id" uuid,
	"approver_name" text NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"solution_id" uuid,
	"pilot_action_id" uuid,
	"macro_challenge_id" text NOT NULL,
	"taxonomy_risk_id" text,
	"custom_title" text,
	"description" text DEFAULT '' NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"owner_id" uuid,
	"treatment" "risk_treatment",
	"residual_likelihood" smallint,
	"residual_impact" smallint,
	"review_on" date,
	"state" "risk_state" DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_one_subject" CHECK (("risks"."solution_id" IS NULL) <> ("risks"."pilot_action_id" IS NULL)),
	CONSTRAINT "risks_titled" CHECK ("risks"."taxonomy_risk_id" IS NOT NULL OR "risks"."custom_title" IS NOT NULL),
	CONSTRAINT "risks_likelihood_range" CHECK ("risks"."likelihood" BETWEEN 1 AND 5),
	CONSTRAINT "risks_impact_range" CHECK ("risks"."impact" BETWEEN 1 AND 5),
	CONSTRAINT "risks_residual_range" CHECK (("risks"."residual_likelihood" IS NULL OR "risks"."residual_likelihood" BETWEEN 1 AND 5) AND ("risks"."residual_impact" IS NULL OR "risks"."residual_impact" BETWEEN 1 AND 5))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"solution_id" uuid,
	"pilot_action_id" uuid,
	"library_indicator_id" text,
	"title" text NOT NULL,
	"family" "indicator_family" NOT NULL,
	"unit" text NOT NULL,
	"value_kind" "indicator_value_kind" DEFAULT 'decimal' NOT NULL,
	"direction" "indicator_direction" NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"baseline_value" double precision,
	"baseline_on" date,
	"target_value" double precision,
	"target_on" date,
	"frequency" "measurement_frequency" DEFAULT 'yearly' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_one_subject" CHECK (("indicators"."solution_id" IS NULL) <> ("indicators"."pilot_action_id" IS NULL)),
	CONSTRAINT "indicators_target_after_baseline" CHECK ("indicators"."target_on" IS NULL OR "indicators"."baseline_on" IS NULL OR "indicators"."target_on" > "indicators"."baseline_on")
);
--> statement-breakpoint
CREATE TABLE "indicator_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"source" text NOT NULL,
	"channel" "measurement_channel" NOT NULL,
	"entered_by" uuid,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"corrects_id" uuid,
	"correction_note" text DEFAULT '' NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "evaluation_committee_meetings" ADD CONSTRAINT "evaluation_committee_meetings_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_committee_members" ADD CONSTRAINT "evaluation_committee_members_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_committee_members" ADD CONSTRAINT "evaluation_committee_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_areas" ADD CONSTRAINT "governance_areas_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_areas" ADD CONSTRAINT "governance_areas_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambitions" ADD CONSTRAINT "ambitions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_dependencies" ADD CONSTRAINT "milestone_dependencies_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_dependencies" ADD CONSTRAINT "milestone_dependencies_depends_on_id_milestones_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_ambitions" ADD CONSTRAINT "solution_ambitions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_ambitions" ADD CONSTRAINT "solution_ambitions_ambition_id_ambitions_id_fk" FOREIGN KEY ("ambition_id") REFERENCES "public"."ambitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_thematic_area_id_governance_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."governance_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_approver_id_users_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_pilot_action_id_pilot_actions_id_fk" FOREIGN KEY ("pilot_action_id") REFERENCES "public"."pilot_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_committee_meetings_territory_idx" ON "evaluation_committee_meetings" USING btree ("territory_id","meets_on");--> statement-breakpoint
CREATE INDEX "evaluation_committee_members_territory_idx" ON "evaluation_committee_members" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "governance_areas_territory_idx" ON "governance_areas" USING btree ("territory_id","position");--> statement-breakpoint
CREATE INDEX "milestone_dependencies_depends_on_idx" ON "milestone_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
CREATE INDEX "milestones_solution_idx" ON "milestones" USING btree ("solution_id","position");--> statement-breakpoint
CREATE INDEX "milestones_territory_idx" ON "milestones" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "solutions_territory_idx" ON "solutions" USING btree ("territory_id","position");--> statement-breakpoint
CREATE INDEX "risk_acceptances_risk_idx" ON "risk_acceptances" USING btree ("risk_id","decided_at");--> statement-breakpoint
CREATE INDEX "risk_actions_risk_idx" ON "risk_actions" USING btree ("risk_id");--> statement-breakpoint
CREATE INDEX "risks_territory_idx" ON "risks" USING btree ("territory_id","macro_challenge_id");--> statement-breakpoint
CREATE INDEX "risks_solution_idx" ON "risks" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "risks_pilot_action_idx" ON "risks" USING btree ("pilot_action_id");--> statement-breakpoint
CREATE INDEX "indicators_territory_idx" ON "indicators" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "indicators_solution_idx" ON "indicators" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "indicators_pilot_action_idx" ON "indicators" USING btree ("pilot_action_id");--> statement-breakpoint
CREATE INDEX "indicator_measurements_current_idx" ON "indicator_measurements" USING btree ("indicator_id","measured_on") WHERE "indicator_measurements"."superseded_at" IS NULL;--> statement-breakpoint
CREATE INDEX "indicator_measurements_corrects_idx" ON "indicator_measurements" USING btree ("corrects_id");--> statement-breakpoint
-- Acceptance decisions are a record: they are never edited. The one permitted change is
-- the foreign key forgetting a deleted approver (the name stays).
CREATE OR REPLACE FUNCTION risk_acceptances_unchanged() RETURNS trigger AS $$
BEGIN
	IF NEW.approver_id IS NULL AND NEW.id = OLD.id AND NEW.risk_id = OLD.risk_id
		AND NEW.decision = OLD.decision AND NEW.approver_name = OLD.approver_name
		AND NEW.rationale = OLD.rationale AND NEW.snapshot = OLD.snapshot
		AND NEW.decided_at = OLD.decided_at THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'risk_acceptances records are never edited';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER risk_acceptances_unchanged
	BEFORE UPDATE ON risk_acceptances
	FOR EACH ROW EXECUTE FUNCTION risk_acceptances_unchanged();
--> statement-breakpoint
-- A measurement's value is history: a correction adds a row. Only `superseded_at` (set
-- once) and the foreign key forgetting a deleted account may change.
CREATE OR REPLACE FUNCTION indicator_measurements_history() RETURNS trigger AS $$
BEGIN
	IF NEW.value = OLD.value AND NEW.measured_on = OLD.measured_on
		AND NEW.source = OLD.source AND NEW.indicator_id = OLD.indicator_id
		AND NEW.entered_at = OLD.entered_at
		AND NEW.entered_by IS NOT DISTINCT FROM OLD.entered_by
		AND OLD.superseded_at IS NULL THEN
		RETURN NEW;
	END IF;
	IF NEW.entered_by IS NULL AND OLD.entered_by IS NOT NULL AND NEW.value = OLD.value
		AND NEW.measured_on = OLD.measured_on AND NEW.source = OLD.source
		AND NEW.superseded_at IS NOT DISTINCT FROM OLD.superseded_at THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'indicator_measurements keeps its history: add a correction instead';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER indicator_measurements_history
	BEFORE UPDATE ON indicator_measurements
	FOR EACH ROW EXECUTE FUNCTION indicator_measurements_history();
