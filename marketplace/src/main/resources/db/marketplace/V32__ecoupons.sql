-- Marketplace schema, part 32: e-ticket authentication (ECouponAuth). Every paid order line has an
-- e-ticket whose outer ticket number is "QT" + its OrderNo; a row here means it was used
-- (CouponAuthByOuterTicketNo) and goes when the use is cancelled (CouponCancelByOuterTicketNo).
-- Portable SQL: H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE mk_ecoupon_use (
  order_no               BIGINT       PRIMARY KEY REFERENCES mk_order_line (order_no),
  seller_id              VARCHAR(50)  NOT NULL,
  used_at                TIMESTAMP    NOT NULL
);
