-- The seller's order screen lists one status newest first, a page at a time: this index answers
-- the page without sorting every line of the status.
CREATE INDEX mk_order_line_seller_status_no ON mk_order_line (seller_id, status, order_no);
