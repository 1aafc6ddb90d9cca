/**
 * {@link io.qconnect.sandbox.junit.Qoo10Sandbox}: the marketplace in-process for an integrator's
 * JUnit tests (a composition root of its own, like the app: it wires the marketplace, an in-memory
 * database and the HTTP server).
 */
package io.qconnect.sandbox.junit;
