/**
 * The sandbox control API for integrators' own test suites ({@code /sandbox}, token in {@code
 * X-Sandbox-Token}): reset, deterministic seed data, ready-made sellers with an approved API key,
 * the settable clock, and fault injection on QAPI calls. Start with {@link
 * io.qconnect.marketplace.sandbox.SandboxRoutes}.
 */
package io.qconnect.marketplace.sandbox;
