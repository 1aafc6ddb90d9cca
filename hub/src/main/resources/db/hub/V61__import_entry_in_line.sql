-- A line's import is no longer a history row: the line keeps the statuses it was first stored in
-- (with first_seen_at, its import entry, read as the first entry of its history). Lines imported
-- before keep their IMPORTED history row and leave these NULL.
ALTER TABLE hub_order_line ADD COLUMN first_hub_status VARCHAR(12);
ALTER TABLE hub_order_line ADD COLUMN first_qoo10_status SMALLINT;
ALTER TABLE hub_order_line ADD COLUMN first_claim_status SMALLINT;
