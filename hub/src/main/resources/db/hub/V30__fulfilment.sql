-- Hub schema, part 30 (issue 13): how a shop's lines enter the hub and reach its warehouse.
-- storage_status: the hub status a new line takes when Qoo10 shows it new (R72: NEW = 新規受付,
-- or ON_HOLD = 保留 until an operator releases it). auto_instruct: confirmed lines become shipping
-- instructions by themselves (R78). An instruction goes to the warehouse by webhook (URL, secret
-- sealed with the hub's key) and/or waits in the CSV export.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE hub_shop_fulfilment (
  shop_id                VARCHAR(50)   PRIMARY KEY REFERENCES hub_shop (shop_id) ON DELETE CASCADE,
  storage_status         VARCHAR(12)   NOT NULL,
  auto_instruct          BOOLEAN       NOT NULL,
  webhook_url            VARCHAR(500)  NOT NULL DEFAULT '',
  webhook_secret_sealed  VARCHAR(1000),
  csv_export             BOOLEAN       NOT NULL,
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One shipping instruction per order line; its ID is what the warehouse deduplicates on.
CREATE TABLE hub_instruction (
  instruction_id         VARCHAR(40)   PRIMARY KEY,
  shop_id                VARCHAR(50)   NOT NULL REFERENCES hub_shop (shop_id) ON DELETE CASCADE,
  order_no               BIGINT        NOT NULL,
  payload                TEXT          NOT NULL,
  webhook_state          VARCHAR(10)   NOT NULL,
  attempts               INTEGER       NOT NULL DEFAULT 0,
  last_error             VARCHAR(1000) NOT NULL DEFAULT '',
  next_attempt_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at           TIMESTAMP WITH TIME ZONE,
  exported_at            TIMESTAMP WITH TIME ZONE,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hub_instruction_line UNIQUE (shop_id, order_no)
);
CREATE INDEX hub_instruction_due ON hub_instruction (webhook_state, next_attempt_at);
