package io.qconnect.hub.shop;

import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes QAPI calls for a shop with its current certification key. When the service says the key has
 * expired (-90004 / -90005), the key is re-issued from the stored credentials and the call is made
 * once more; if re-issuing fails, the shop becomes FAILING and the {@link
 * io.qconnect.hub.HubException} says why.
 */
public final class ShopConnections {
  private static final Logger LOG = LoggerFactory.getLogger(ShopConnections.class);

  private final ShopService shops;
  private final QapiClients clients;

  public ShopConnections(ShopService shops, QapiClients clients) {
    this.shops = shops;
    this.clients = clients;
  }

  /**
   * Runs {@code call} with the shop's seller client.
   *
   * @throws io.qconnect.hub.NotFoundException when there is no such shop
   * @throws io.qconnect.protocol.wire.QapiException when the call fails (after one renewal)
   */
  public <T> T call(String shopId, Function<QapiSeller, T> call) {
    try {
      return call.apply(shops.seller(clients, shopId));
    } catch (QapiKeyExpiredException e) {
      LOG.info("shop {}: certification key expired ({}); issuing a new one", shopId, e.code());
      shops.renew(shopId, "QAPI answered " + e.code() + " (key expired)");
      return call.apply(shops.seller(clients, shopId));
    }
  }
}
