-- Hub schema, part 2: shops connected by Get Auth (issue 16). Such a shop has no password stored
-- (password_sealed is NULL) and, until the seller authorizes it in the marketplace's window, no
-- certification key either (cert_key_sealed is NULL). auth_mode is PASSWORD or GETAUTH;
-- auth_needed is TRUE while the shop waits for the seller (first authorization, or after its key
-- expired or was revoked): its imports do not run until then.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE hub_shop ALTER COLUMN password_sealed DROP NOT NULL;
ALTER TABLE hub_shop ALTER COLUMN cert_key_sealed DROP NOT NULL;
ALTER TABLE hub_shop ADD COLUMN auth_mode VARCHAR(10) DEFAULT 'PASSWORD' NOT NULL;
ALTER TABLE hub_shop ADD COLUMN auth_needed BOOLEAN DEFAULT FALSE NOT NULL;

-- One pending authorization: the opaque state sent through the seller's browser, single use,
-- valid 10 minutes.
CREATE TABLE hub_getauth_state (
  state                  VARCHAR(100)  PRIMARY KEY,
  shop_id                VARCHAR(50)   NOT NULL REFERENCES hub_shop (shop_id) ON DELETE CASCADE,
  expires_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hub_getauth_state_shop ON hub_getauth_state (shop_id);
