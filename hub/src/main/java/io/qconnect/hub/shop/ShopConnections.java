package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import io.qconnect.protocol.client.BulkResult;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.order.BulkRowResult;
import io.qconnect.protocol.wire.QapiException;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes QAPI calls for a shop with its current certification key. When the service says the key has
 * expired (-90004 / -90005), the key is re-issued from the stored credentials and the call is made
 * once more; if re-issuing fails, the shop becomes FAILING and the {@link
 * io.qconnect.hub.core.HubException} says why. A shop connected by Get Auth cannot be re-issued a
 * key by the hub: an expired, revoked or invalid key (-90004 / -90005 / -90001) stops its imports
 * and asks for re-authorization.
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
   * @throws io.qconnect.hub.core.NotFoundException when there is no such shop
   * @throws io.qconnect.protocol.wire.QapiException when the call fails (after one renewal)
   */
  public <T> T call(String shopId, Function<QapiSeller, T> call) {
    try {
      return call.apply(shops.seller(clients, shopId));
    } catch (QapiKeyInvalidException e) {
      throw lostIfGetAuth(shopId, e.code(), e);
    } catch (QapiKeyExpiredException e) {
      if (shops.get(shopId).getAuth()) {
        throw lostIfGetAuth(shopId, e.code(), e);
      }
      LOG.info("shop {}: certification key expired ({}); issuing a new one", shopId, e.code());
      shops.renew(shopId, "QAPI answered " + e.code() + " (key expired)");
      return call.apply(shops.seller(clients, shopId));
    }
  }

  /**
   * A Get Auth shop's key refused: only the seller can issue a new one, so the shop stops (one
   * alert) and nothing retries on its own. A password shop's invalid key is reported as it is.
   */
  private RuntimeException lostIfGetAuth(String shopId, int code, QapiException e) {
    if (!shops.get(shopId).getAuth()) {
      return e;
    }
    shops.authorizationLost(shopId, "QAPI answered " + code);
    return new HubException(
        "shop "
            + shopId
            + ": the certification key expired or was revoked (QAPI "
            + code
            + "); re-authorize the shop with Get Auth (Renew Tokens)");
  }

  /**
   * Writes something about each of several order lines: with the single call for one line, with the
   * bulk call for more. Every line gets an answer: its row of the bulk result; else the bulk call's
   * own code when it failed, or "no result"; or, when the call could not be made, the reason.
   *
   * @param items what to send, by order number
   */
  public <T, R extends BulkRowResult> Map<Long, LineAnswer> perLine(
      String shopId,
      Map<Long, T> items,
      BiFunction<QapiSeller, T, QapiResult<Void>> single,
      BiFunction<QapiSeller, List<T>, BulkResult<R>> bulk) {
    Map<Long, LineAnswer> out = new HashMap<>();
    try {
      if (items.size() == 1) {
        Map.Entry<Long, T> only = items.entrySet().iterator().next();
        QapiResult<Void> r = call(shopId, s -> single.apply(s, only.getValue()));
        out.put(only.getKey(), new LineAnswer(r.code(), r.message()));
        return out;
      }
      List<T> list = List.copyOf(items.values());
      BulkResult<R> r = call(shopId, s -> bulk.apply(s, list));
      for (R row : r.rows()) {
        out.put(Long.valueOf(row.subject().trim()), new LineAnswer(row.code(), row.message()));
      }
      LineAnswer missing =
          r.code() != 0
              ? new LineAnswer(r.code(), r.message())
              : new LineAnswer(null, "Qoo10 sent no result for this line");
      items.keySet().forEach(no -> out.putIfAbsent(no, missing));
    } catch (QapiException | HubException | NumberFormatException e) {
      items.keySet().forEach(no -> out.put(no, new LineAnswer(null, e.getMessage())));
    }
    return out;
  }
}
