/**
 * The marketplace's screens, QSM-like: a seller's own shop ({@link
 * io.qconnect.app.console.qsm.PermissionRoutes} 販売者権限の管理 and API・FTP・QSM権限, {@link
 * io.qconnect.app.console.qsm.KeyRoutes} API IDの発行/照会 and FTP, {@link
 * io.qconnect.app.console.qsm.CatalogRoutes} items, {@link io.qconnect.app.console.qsm.OrderRoutes}
 * orders) and the staff's ({@link io.qconnect.app.console.qsm.QueueRoutes} the request queue,
 * {@link io.qconnect.app.console.qsm.SellerRoutes} sellers). Start at {@link
 * io.qconnect.app.console.qsm.QsmConsole}.
 */
package io.qconnect.app.console.qsm;
