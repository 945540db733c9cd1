-- Search configurations for the other languages practices may be written in (see 0000).
CREATE TEXT SEARCH CONFIGURATION territoria_es (COPY = spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION territoria_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION territoria_pt (COPY = portuguese);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION territoria_pt ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;--> statement-breakpoint
CREATE TYPE "public"."contribution_kind" AS ENUM('practice', 'replication');--> statement-breakpoint
CREATE TYPE "public"."contribution_status" AS ENUM('draft', 'submitted', 'in-review', 'changes-requested', 'published', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."evidence_level" AS ENUM('self-declared', 'peer-reviewed', 'independently-verified');--> statement-breakpoint
CREATE TYPE "public"."practice_origin" AS ENUM('content', 'contribution');--> statement-breakpoint
CREATE TYPE "public"."recommendation" AS ENUM('yes', 'with-changes', 'no');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('publish', 'request-changes', 'reject');--> statement-breakpoint
CREATE TYPE "public"."speaking_for" AS ENUM('self', 'territory', 'company', 'community-group');--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "contribution_kind" NOT NULL,
	"practice_id" uuid,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"speaking_for" "speaking_for" NOT NULL,
	"territory_id" uuid,
	"organisation_name" text,
	"status" "contribution_status" DEFAULT 'draft' NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"reviewer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "practice_search" (
	"practice_id" uuid NOT NULL,
	"reader_language" text NOT NULL,
	"text_language" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"place" text NOT NULL,
	"label" text NOT NULL,
	"body" text NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(CASE text_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, title || ' ' || place), 'A') || setweight(to_tsvector(CASE text_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, summary), 'B') || setweight(to_tsvector(CASE text_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, body), 'C') || CASE WHEN text_language = reader_language THEN ''::tsvector ELSE setweight(to_tsvector(CASE reader_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, title || ' ' || place || ' ' || summary || ' ' || body), 'D') END) STORED NOT NULL,
	"languages" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"region" text NOT NULL,
	"population_band" text NOT NULL,
	"domains" text[] NOT NULL,
	"tool_types" text[] NOT NULL,
	"cost_band" text,
	"risks" text[] NOT NULL,
	"evidence_level" text NOT NULL,
	"replication_count" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"origin" "practice_origin" NOT NULL,
	"content_hash" text,
	"original_language" text NOT NULL,
	"texts" jsonb NOT NULL,
	"source" jsonb,
	"countries" text[] NOT NULL,
	"region" text NOT NULL,
	"population_band" text NOT NULL,
	"domains" text[] NOT NULL,
	"tool_types" text[] NOT NULL,
	"layers" text[] NOT NULL,
	"cost_band" text,
	"maturity_needed" text NOT NULL,
	"risks" text[] NOT NULL,
	"stakeholders" text[] NOT NULL,
	"period_from" integer,
	"period_to" integer,
	"links" jsonb NOT NULL,
	"contact" text,
	"guide_steps" text[] NOT NULL,
	"evidence_level" "evidence_level" NOT NULL,
	"territory_id" uuid,
	"contributor_name" text,
	"review_id" uuid,
	"replication_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "replication_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"review_id" uuid,
	"territory_name" text NOT NULL,
	"region" text NOT NULL,
	"country" text NOT NULL,
	"population" integer NOT NULL,
	"population_band" text NOT NULL,
	"language" text NOT NULL,
	"report" jsonb NOT NULL,
	"recommend" "recommendation" NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replication_reports_contribution_id_unique" UNIQUE("contribution_id")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contribution_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text NOT NULL,
	"scores" jsonb NOT NULL,
	"decision" "review_decision" NOT NULL,
	"evidence_level" "evidence_level",
	"comment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_search" ADD CONSTRAINT "practice_search_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_reports" ADD CONSTRAINT "replication_reports_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_reports" ADD CONSTRAINT "replication_reports_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_reports" ADD CONSTRAINT "replication_reports_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_reports" ADD CONSTRAINT "replication_reports_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contributions_author_idx" ON "contributions" USING btree ("author_id","updated_at");--> statement-breakpoint
CREATE INDEX "contributions_status_idx" ON "contributions" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "contributions_practice_idx" ON "contributions" USING btree ("practice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_search_key" ON "practice_search" USING btree ("reader_language","practice_id");--> statement-breakpoint
CREATE INDEX "practice_search_document_idx" ON "practice_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "practice_search_label_idx" ON "practice_search" USING gin ("label" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practice_search_newest_idx" ON "practice_search" USING btree ("reader_language","published_at");--> statement-breakpoint
CREATE INDEX "practice_search_replicated_idx" ON "practice_search" USING btree ("reader_language","replication_count");--> statement-breakpoint
CREATE INDEX "practices_territory_idx" ON "practices" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "replication_reports_practice_idx" ON "replication_reports" USING btree ("practice_id","published_at");--> statement-breakpoint
CREATE INDEX "reviews_contribution_idx" ON "reviews" USING btree ("contribution_id","created_at");