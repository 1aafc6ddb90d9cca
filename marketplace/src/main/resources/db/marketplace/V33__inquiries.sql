-- Marketplace schema, part 33: buyer inquiries (CSCenter) and the messages of each: the buyer's
-- question (seq 1) and the seller's answers (SetInquiryMessage). proc_status S1 unanswered, S3
-- answered. Unanswered inquiries count in the seller's standing. Portable SQL: H2 (PostgreSQL mode)
-- and PostgreSQL.

CREATE SEQUENCE mk_question_no_seq START WITH 70000001;

CREATE TABLE mk_inquiry (
  question_no            BIGINT       PRIMARY KEY,
  seller_id              VARCHAR(50)  NOT NULL REFERENCES mk_seller (seller_id),
  inq_type               VARCHAR(4)   NOT NULL,
  customer_name          VARCHAR(100) NOT NULL,
  title                  VARCHAR(200) NOT NULL,
  contents               VARCHAR(4000) NOT NULL,
  item_code              VARCHAR(12)  NOT NULL DEFAULT '',
  item_title             VARCHAR(200) NOT NULL DEFAULT '',
  order_no               BIGINT,
  claim_yn               VARCHAR(1)   NOT NULL DEFAULT 'N',
  status                 VARCHAR(2)   NOT NULL,
  asked_at               TIMESTAMP    NOT NULL
);
CREATE INDEX mk_inquiry_seller ON mk_inquiry (seller_id, asked_at);
CREATE INDEX mk_inquiry_order ON mk_inquiry (order_no);

CREATE TABLE mk_inquiry_message (
  question_no            BIGINT       NOT NULL REFERENCES mk_inquiry (question_no),
  seq_no                 INTEGER      NOT NULL,
  from_seller            BOOLEAN      NOT NULL,
  contents               VARCHAR(4000) NOT NULL,
  written_at             TIMESTAMP    NOT NULL,
  PRIMARY KEY (question_no, seq_no)
);
