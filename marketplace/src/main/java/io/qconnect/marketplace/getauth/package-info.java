/**
 * Get Auth over HTTP, server to server: {@link io.qconnect.marketplace.getauth.TokenRoutes} lets an
 * integrator exchange the one-time code the authorization window sent to its redirect address for
 * the certification key ({@code POST /qsm/authorize/token}). The window itself is a console page
 * (the app's {@code console.qsm}); the rules live in {@link
 * io.qconnect.marketplace.access.AuthorizationService}.
 */
package io.qconnect.marketplace.getauth;
