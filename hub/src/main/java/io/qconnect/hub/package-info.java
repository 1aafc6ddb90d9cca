/**
 * The integrator hub: what GoQSystem, Smartship or NextEngine run for sellers. Start with {@link
 * io.qconnect.hub.Hub#create}, configured by {@link io.qconnect.hub.HubConfig}.
 *
 * <p>Features, one package each: {@code shop} (connecting shops, certification keys and their
 * renewal, Test Connection), {@code orders} (idempotent import, the hub workflow, automatic
 * confirmation), {@code fulfilment} (shipping instructions), {@code tracking} (the durable tracking
 * write-back queue, carriers, CSV), {@code sync} (jobs on db-scheduler, the run log, alerts, the
 * key watcher) and {@code api} (the JSON API). The hub reaches Qoo10 — or any QAPI endpoint — over
 * HTTP only, through the protocol module's {@code QapiClient}.
 *
 * <p>The schema is {@code db/hub} (Flyway, history in {@code hub_schema_history}), portable between
 * H2 in PostgreSQL mode and PostgreSQL. Qoo10's own dates are Japan time; the hub's instants are
 * stored with their offset.
 */
package io.qconnect.hub;
