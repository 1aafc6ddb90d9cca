/**
 * The hub operator's screens: shops and their credentials ({@link
 * io.qconnect.app.console.hubui.ShopRoutes}), imported orders ({@link
 * io.qconnect.app.console.hubui.HubOrderRoutes}), sync runs and the charts of orders per hour and
 * import lag ({@link io.qconnect.app.console.hubui.RunRoutes}, {@link
 * io.qconnect.app.console.hubui.Charts}). Start at {@link
 * io.qconnect.app.console.hubui.HubConsole}.
 */
package io.qconnect.app.console.hubui;
