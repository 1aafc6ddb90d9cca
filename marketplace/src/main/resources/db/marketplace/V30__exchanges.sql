-- Marketplace schema, part 30: exchanges (claims 11 requested, 12 approved, 13 re-delivering).
-- The seller's pickup address given with Claim.SetClaimAccept and the re-delivery given with
-- Claim.SetClaimRedelivery, one row per order line. Portable SQL: H2 (PostgreSQL mode) and
-- PostgreSQL.

CREATE TABLE mk_exchange (
  order_no               BIGINT       PRIMARY KEY REFERENCES mk_order_line (order_no),
  seller_id              VARCHAR(50)  NOT NULL,
  requested_at           TIMESTAMP    NOT NULL,
  accepted_at            TIMESTAMP,
  pickup_name            VARCHAR(100) NOT NULL DEFAULT '',
  pickup_zip_code        VARCHAR(10)  NOT NULL DEFAULT '',
  pickup_address1        VARCHAR(200) NOT NULL DEFAULT '',
  pickup_address2        VARCHAR(200) NOT NULL DEFAULT '',
  pickup_mobile          VARCHAR(20)  NOT NULL DEFAULT '',
  pickup_tel             VARCHAR(20)  NOT NULL DEFAULT '',
  redelivery_date        TIMESTAMP,
  redelivery_carrier     VARCHAR(200) NOT NULL DEFAULT '',
  redelivery_tracking_no VARCHAR(50)  NOT NULL DEFAULT '',
  receiver_name          VARCHAR(100) NOT NULL DEFAULT '',
  receiver_zip_code      VARCHAR(10)  NOT NULL DEFAULT '',
  receiver_address1      VARCHAR(200) NOT NULL DEFAULT '',
  receiver_address2      VARCHAR(200) NOT NULL DEFAULT '',
  receiver_mobile        VARCHAR(20)  NOT NULL DEFAULT '',
  receiver_tel           VARCHAR(20)  NOT NULL DEFAULT ''
);
CREATE INDEX mk_exchange_seller ON mk_exchange (seller_id);
