-- Hub schema, part 55 (issue 14, the operator's workflows):
-- * alerts are acknowledged by an operator (who, when) and resolved by the hub itself when their
--   condition recovers (a failing shop syncs again, a key is renewed); both stay in the list;
-- * Test Connection stores its result on the shop (the list shows it);
-- * a shop is removed softly: removed_at set, its secrets erased, imports stopped; its orders,
--   their history and its runs are kept (read-only), and connecting the same shop ID again
--   resumes with them.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE hub_alert ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hub_alert ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE hub_alert ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE hub_shop ADD COLUMN tested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hub_shop ADD COLUMN test_ok BOOLEAN;
ALTER TABLE hub_shop ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hub_shop ADD COLUMN removed_by VARCHAR(100);
