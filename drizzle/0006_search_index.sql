CREATE TABLE "practice_search_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "practice_search_newest_idx";--> statement-breakpoint
DROP INDEX "practice_search_replicated_idx";--> statement-breakpoint
ALTER TABLE "practice_search" ADD COLUMN "search_no" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "practice_search_search_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "practice_search" ADD COLUMN "heading" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(CASE text_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, title || ' ' || place), 'A') || setweight(to_tsvector(CASE text_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, summary), 'B') || CASE WHEN text_language = reader_language THEN ''::tsvector ELSE setweight(to_tsvector(CASE reader_language WHEN 'fr' THEN 'territoria_fr'::regconfig WHEN 'es' THEN 'territoria_es'::regconfig WHEN 'pt' THEN 'territoria_pt'::regconfig ELSE 'territoria_en'::regconfig END, title || ' ' || place || ' ' || summary), 'D') END) STORED NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_search_no_key" ON "practice_search" USING btree ("search_no");--> statement-breakpoint
CREATE INDEX "practice_search_heading_idx" ON "practice_search" USING gin ("heading");--> statement-breakpoint
-- A text search visits the heap row of every match (85,000 for "digital" at 100,000
-- practices), so the row is kept narrow: past 512 bytes, the long texts and the text
-- vectors move out of line. The label (rechecked by every typo match) never moves and the
-- facet arrays (read when the search index is built) move last. Rows already there move
-- when they are next written.
ALTER TABLE "practice_search" SET (toast_tuple_target = 512);--> statement-breakpoint
ALTER TABLE "practice_search"
	ALTER COLUMN "label" SET STORAGE PLAIN,
	ALTER COLUMN "domains" SET STORAGE MAIN,
	ALTER COLUMN "countries" SET STORAGE MAIN,
	ALTER COLUMN "tool_types" SET STORAGE MAIN,
	ALTER COLUMN "risks" SET STORAGE MAIN,
	ALTER COLUMN "languages" SET STORAGE MAIN;--> statement-breakpoint
INSERT INTO "practice_search_state" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "practice_search_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "practice_search_state" SET "version" = "version" + 1 WHERE "id" = 1;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "practice_search_changed"
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_search"
	FOR EACH STATEMENT EXECUTE FUNCTION "practice_search_changed"();
