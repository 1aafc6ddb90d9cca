-- Marketplace schema, part 31: what the ItemsBasic, ItemsOrder, ItemsOptions and ItemsContents edit
-- methods set beyond the item's own columns (docs/qapi-parity.md): condition, extra shipping
-- codes, properties, discount, purchase limit, video, header and footer, text options (one row per
-- item, created at the first such edit); single-type ("additional") options; the additional images
-- and the per-option images. Portable SQL: H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE mk_item_extra (
  item_code              VARCHAR(12)  PRIMARY KEY REFERENCES mk_item (item_code),
  item_condition         VARCHAR(1)   NOT NULL DEFAULT '',
  use_condition          VARCHAR(1)   NOT NULL DEFAULT '',
  used_period            VARCHAR(100) NOT NULL DEFAULT '',
  brief_explain          VARCHAR(500) NOT NULL DEFAULT '',
  sub_delivery_1         VARCHAR(20)  NOT NULL DEFAULT '',
  sub_delivery_2         VARCHAR(20)  NOT NULL DEFAULT '',
  attribute              VARCHAR(4000) NOT NULL DEFAULT '',
  discount_type          VARCHAR(1)   NOT NULL DEFAULT '',
  discount_value         BIGINT       NOT NULL DEFAULT 0,
  discount_begin         DATE,
  discount_end           DATE,
  limit_type             VARCHAR(1)   NOT NULL DEFAULT '',
  limit_cnt              INTEGER,
  limit_end              DATE,
  video_url              VARCHAR(200) NOT NULL DEFAULT '',
  text_options           VARCHAR(2000) NOT NULL DEFAULT '',
  header_html            VARCHAR(2500) NOT NULL DEFAULT '',
  footer_html            VARCHAR(2500) NOT NULL DEFAULT ''
);

CREATE TABLE mk_item_add_option (
  item_code              VARCHAR(12)  NOT NULL REFERENCES mk_item (item_code),
  seq                    INTEGER      NOT NULL,
  name                   VARCHAR(100) NOT NULL,
  option_value           VARCHAR(100) NOT NULL,
  price                  BIGINT       NOT NULL,
  option_code            VARCHAR(100) NOT NULL DEFAULT '',
  image_url              VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (item_code, seq)
);

-- kind E: an additional image (EnlargedImageN, name and value empty); kind I: the image of the
-- combination options whose axis `name` has the value `option_value`
CREATE TABLE mk_item_image (
  item_code              VARCHAR(12)  NOT NULL REFERENCES mk_item (item_code),
  kind                   VARCHAR(1)   NOT NULL,
  seq                    INTEGER      NOT NULL,
  name                   VARCHAR(100) NOT NULL DEFAULT '',
  option_value           VARCHAR(100) NOT NULL DEFAULT '',
  url                    VARCHAR(200) NOT NULL,
  PRIMARY KEY (item_code, kind, seq)
);
