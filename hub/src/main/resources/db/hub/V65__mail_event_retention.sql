-- Hub schema, part 65: the mail log keeps its events for a retention period (HubConfig
-- mailRetention, 90 days unless configured); a daily job deletes older ones in batches. This index
-- lets it find them without scanning the log.
-- A mail's dedup key goes with its event: a mail re-sent after the retention is received as new
-- (its import is idempotent anyway, order lines being keyed on shop and order number).
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.

CREATE INDEX hub_mail_event_received ON hub_mail_event (received_at);
