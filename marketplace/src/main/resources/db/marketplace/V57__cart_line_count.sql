-- How many lines a cart was placed with (a cart's lines are all made when it is placed, never later).
-- An order search answers each line's related orders (the order numbers of its cart); a cart of one
-- line relates only its own, so the search reads the other lines only for carts of several.
ALTER TABLE mk_cart ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0;
UPDATE mk_cart SET line_count = (SELECT COUNT(*) FROM mk_order_line l WHERE l.pack_no = mk_cart.pack_no);
