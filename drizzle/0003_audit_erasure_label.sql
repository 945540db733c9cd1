-- Narrows the one change 0002 permits on the audit trail to exactly the anonymisation of
-- an erased account (modules/accounts/delete-account.ts):
--   * only a row that had an actor may lose it (rows by 'system' or 'anonymous' are
--     never rewritten);
--   * actor_label either stays (the foreign key's ON DELETE SET NULL) or becomes the
--     fixed label 'erased account' (the application's UPDATE), never any other text;
--   * request_id, which 0002 did not compare, may not change either.
CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		RAISE EXCEPTION 'audit_entries is append-only';
	END IF;
	IF OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
		AND (NEW.actor_label = OLD.actor_label OR NEW.actor_label = 'erased account')
		AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
		AND NEW.target_type = OLD.target_type
		AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
		AND NEW.territory_id IS NOT DISTINCT FROM OLD.territory_id
		AND NEW.summary = OLD.summary
		AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'audit_entries is append-only';
END;
$$ LANGUAGE plpgsql;
