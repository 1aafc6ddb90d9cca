-- A unit is also found by its seller code (an order line's item code may be the seller's own code):
-- the retry of the waiting order lines and the resolution of a line's codes look units up by
-- (shop_id, seller_code) as well as by (shop_id, item_code), which hub_listing_unit serves.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
CREATE INDEX hub_listing_seller ON hub_listing (shop_id, seller_code);
