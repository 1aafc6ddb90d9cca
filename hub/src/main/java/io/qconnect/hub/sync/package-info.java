/**
 * Running the hub: {@link io.qconnect.hub.sync.SyncService} runs a shop's import under its database
 * lock and logs every run; {@link io.qconnect.hub.sync.Jobs} schedules imports per shop, the
 * tracking sender and the {@link io.qconnect.hub.sync.KeyExpiryWatcher} on db-scheduler (safe with
 * several nodes on one database); {@link io.qconnect.hub.sync.Backfills} runs backfills as
 * background jobs; {@link io.qconnect.hub.sync.Alerts} stores what operators should see.
 */
package io.qconnect.hub.sync;
