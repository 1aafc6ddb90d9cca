-- GetItemDetailInfo reads an item, its extras row and whether it has additional options or images
-- in one statement; counting those two tables there cost more than the rest of the read. The
-- extras row now keeps the counts, written with the lists (JdbcItemExtras).
ALTER TABLE mk_item_extra ADD COLUMN add_option_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mk_item_extra ADD COLUMN image_count INTEGER NOT NULL DEFAULT 0;
INSERT INTO mk_item_extra (item_code)
  SELECT DISTINCT o.item_code FROM mk_item_add_option o
  WHERE NOT EXISTS (SELECT 1 FROM mk_item_extra x WHERE x.item_code = o.item_code);
INSERT INTO mk_item_extra (item_code)
  SELECT DISTINCT m.item_code FROM mk_item_image m
  WHERE NOT EXISTS (SELECT 1 FROM mk_item_extra x WHERE x.item_code = m.item_code);
UPDATE mk_item_extra SET
  add_option_count = (SELECT COUNT(*) FROM mk_item_add_option o WHERE o.item_code = mk_item_extra.item_code),
  image_count = (SELECT COUNT(*) FROM mk_item_image m WHERE m.item_code = mk_item_extra.item_code);
