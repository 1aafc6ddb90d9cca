-- The automatic-approval switch staff flip on the request queue, kept so that it survives a restart.
-- One row at most (id = 1). start_option is the --[no-]auto-approve value the process had when staff
-- switched: a later start with another option value is a new decision and wins over the switch.
CREATE TABLE mk_access_switch (
  id                     INTEGER      PRIMARY KEY,
  auto_approve           BOOLEAN      NOT NULL,
  start_option           BOOLEAN      NOT NULL,
  changed_by             VARCHAR(50)  NOT NULL,
  changed_at             TIMESTAMP    NOT NULL
);
