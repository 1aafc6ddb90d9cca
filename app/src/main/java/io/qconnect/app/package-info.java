/**
 * The one composition root: configuration ({@link io.qconnect.app.AppConfig}), the CLI ({@link
 * io.qconnect.app.Main}) and the wiring of marketplace, hub, HTTP server and background services
 * ({@link io.qconnect.app.Application}). Nothing else in the codebase constructs its own
 * collaborators.
 */
package io.qconnect.app;
