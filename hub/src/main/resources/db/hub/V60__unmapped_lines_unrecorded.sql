-- An order line whose codes name no SKU no longer gets a stock line (state UNMAPPED): it waits in
-- the unlinked queue as an order line with a quantity and no stock line, and the import writes
-- nothing for it. The rows of lines waiting so far go; the queue finds their order lines.
DELETE FROM hub_stock_line WHERE state = 'UNMAPPED';
