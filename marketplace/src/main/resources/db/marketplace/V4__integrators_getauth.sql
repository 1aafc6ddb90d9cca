-- Get Auth: integrators (an application a seller may authorize from the marketplace's window),
-- the one-time codes the window hands to an integrator's redirect address, and which integrator
-- a certification key was issued through.

CREATE TABLE mk_integrator (
  integrator_id          VARCHAR(20)  PRIMARY KEY,
  name                   VARCHAR(100) NOT NULL,
  redirect_uri           VARCHAR(500) NOT NULL UNIQUE,
  created_at             TIMESTAMP    NOT NULL
);

ALTER TABLE mk_certification_key ADD COLUMN integrator_id VARCHAR(20)
  REFERENCES mk_integrator (integrator_id);

CREATE TABLE mk_authorization_code (
  code_hash              VARCHAR(64)  PRIMARY KEY,
  integrator_id          VARCHAR(20)  NOT NULL REFERENCES mk_integrator (integrator_id),
  redirect_uri           VARCHAR(500) NOT NULL,
  certification_key_id   BIGINT       NOT NULL REFERENCES mk_certification_key (id),
  created_at             TIMESTAMP    NOT NULL,
  expires_at             TIMESTAMP    NOT NULL,
  used_at                TIMESTAMP
);
