-- Marketplace schema, part 34: ItemsLookup.RequestFileDownload requests. The file is made when its
-- URL (/qapi-files/<token>) is fetched, from the data at that time, for 24 hours after the request.
-- Portable SQL: H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE mk_file_download (
  token                  VARCHAR(64)  PRIMARY KEY,
  seller_id              VARCHAR(50)  NOT NULL REFERENCES mk_seller (seller_id),
  apply_type             VARCHAR(10)  NOT NULL,
  from_date              DATE,
  to_date                DATE,
  email                  VARCHAR(200) NOT NULL DEFAULT '',
  requested_at           TIMESTAMP    NOT NULL
);
CREATE INDEX mk_file_download_seller ON mk_file_download (seller_id, requested_at);
