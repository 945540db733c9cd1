-- Extensions used by full-text and fuzzy search, in both database modes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Per-language search configurations that ignore accents ("énergie" finds "energie").
CREATE TEXT SEARCH CONFIGURATION territoria_en (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION territoria_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION territoria_fr (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION territoria_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
