-- The catalogue files (GoodsList.csv, InventoryManagement_gridInventory.csv) need what the item
-- screens of QSM show and the catalogue lacked: the supply price (供給原価), the commission rate
-- (手数料), the shipping fee and its type (送料, 送料の種類), the kind of each option row (データ種類)
-- and the seller's option-code setting (Q-在庫コード使用). Portable SQL (H2 PostgreSQL mode and PostgreSQL).

ALTER TABLE mk_item ADD COLUMN supply_price BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mk_item ADD COLUMN commission_percent INTEGER NOT NULL DEFAULT 10;
ALTER TABLE mk_item ADD COLUMN shipping_fee BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mk_item ADD COLUMN shipping_fee_type VARCHAR(12) NOT NULL DEFAULT 'FREE';

ALTER TABLE mk_item_option ADD COLUMN data_kind VARCHAR(12) NOT NULL DEFAULT 'COMBINATION';

CREATE TABLE mk_catalogue_setting (
  seller_id              VARCHAR(50)  PRIMARY KEY REFERENCES mk_seller (seller_id),
  use_q_stock_code       BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX mk_item_seller_title ON mk_item (seller_id, title);
