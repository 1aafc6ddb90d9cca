/**
 * The web console's shell: sessions and logins ({@link io.qconnect.app.console.Sessions}, {@link
 * io.qconnect.app.console.ConsoleAccounts}, {@link io.qconnect.app.console.LoginThrottle}), CSRF
 * and role checks and the one place HTTP errors are mapped ({@link
 * io.qconnect.app.console.Router}), Japanese and English texts ({@link
 * io.qconnect.app.console.Msg}) and the page layout (jte templates under {@code src/main/jte}).
 * Start at {@link io.qconnect.app.console.Console}; the screens live in {@code qsm} (sellers and
 * marketplace staff) and {@code hubui} (hub operators).
 */
package io.qconnect.app.console;
