/**
 * The hub's JSON API under {@code /api} (Javalin routes, bearer token). The only package that sees
 * HTTP types; {@link io.qconnect.hub.api.ApiGuard} maps errors to 400, 401, 404 (and 409, 500) in
 * one place.
 */
package io.qconnect.hub.api;
