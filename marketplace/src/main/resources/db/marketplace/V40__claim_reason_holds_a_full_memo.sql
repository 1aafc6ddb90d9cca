-- Claim.SetCancelProcess keeps the cancel reason's name and the seller's memo of up to 1,000 characters
-- (docs/qapi.md §6.2) in claim_reason: "SHIPPING_DELAY " + 1,000 characters needs more than 1,000.
ALTER TABLE mk_order_line ALTER COLUMN claim_reason SET DATA TYPE VARCHAR(1100);
