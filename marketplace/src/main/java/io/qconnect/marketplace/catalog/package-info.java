/**
 * The catalogue: items (Qoo10 item code, the seller's own item code, price, stock, ship-by setting)
 * and their combination options (one to three axes, a price delta, stock and the seller's option
 * code), with the QAPI methods of ItemsBasic, ItemsLookup, ItemsOrder and ItemsOptions. Start with
 * {@link io.qconnect.marketplace.catalog.CatalogService}; {@link
 * io.qconnect.marketplace.catalog.CatalogMethods} puts it on the QAPI method table. The SQL is in
 * the package-private, stateless {@code JdbcCatalogStore}; the services own the transactions, and
 * {@link io.qconnect.marketplace.catalog.OrderCatalogue} takes stock inside the order feature's.
 *
 * <p>Choices where the reference is silent are documented on the class that makes them, and the
 * result codes of every method are listed on {@link io.qconnect.marketplace.catalog.CatalogCodes}.
 */
package io.qconnect.marketplace.catalog;
