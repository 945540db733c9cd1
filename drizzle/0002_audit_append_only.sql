-- The audit trail is append-only. The one permitted change is the anonymisation that
-- follows an account erasure (actor_id set to null by the foreign key, label replaced).
CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		RAISE EXCEPTION 'audit_entries is append-only';
	END IF;
	IF NEW.actor_id IS NULL
		AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
		AND NEW.target_type = OLD.target_type
		AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
		AND NEW.territory_id IS NOT DISTINCT FROM OLD.territory_id
		AND NEW.summary = OLD.summary THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'audit_entries is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only
	BEFORE UPDATE OR DELETE ON audit_entries
	FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
