-- Hub schema, part 50 (issue 14): the operator's order grid pages newest orders first
-- (ORDER BY order_date DESC NULLS LAST, shop_id, pack_no, order_no LIMIT/OFFSET); this index gives
-- that order without sorting every matching line for each page.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.

CREATE INDEX hub_order_line_grid ON hub_order_line (order_date DESC NULLS LAST, shop_id, pack_no, order_no);
