package io.qconnect.hub.shop;

import java.util.List;

/**
 * What happens to shops, for the parts of the hub that follow them (the job schedule, alerts).
 * Every method has a no-op default.
 */
public interface ShopEvents {
  ShopEvents NONE = new ShopEvents() {};

  /** A shop was connected (Get Auth worked and it was saved). */
  default void connected(Shop shop) {}

  /** A shop's settings or credentials changed. */
  default void changed(Shop shop) {}

  /** A shop was deleted. */
  default void removed(String shopId) {}

  /** A new certification key was issued. */
  default void keyRenewed(Shop shop, String reason) {}

  /** Re-issuing the certification key failed; the shop is now FAILING. */
  default void keyRenewalFailed(String shopId, String reason, ConnectionProblem problem) {}

  /**
   * A Get Auth shop's key stopped working: the seller must authorize the hub again, and nothing is
   * imported until then.
   */
  default void authorizationNeeded(String shopId, String message) {}

  /** Sends each event to every listener in order. */
  static ShopEvents all(List<ShopEvents> listeners) {
    List<ShopEvents> copy = List.copyOf(listeners);
    return new ShopEvents() {
      @Override
      public void connected(Shop shop) {
        copy.forEach(l -> l.connected(shop));
      }

      @Override
      public void changed(Shop shop) {
        copy.forEach(l -> l.changed(shop));
      }

      @Override
      public void removed(String shopId) {
        copy.forEach(l -> l.removed(shopId));
      }

      @Override
      public void keyRenewed(Shop shop, String reason) {
        copy.forEach(l -> l.keyRenewed(shop, reason));
      }

      @Override
      public void keyRenewalFailed(String shopId, String reason, ConnectionProblem problem) {
        copy.forEach(l -> l.keyRenewalFailed(shopId, reason, problem));
      }

      @Override
      public void authorizationNeeded(String shopId, String message) {
        copy.forEach(l -> l.authorizationNeeded(shopId, message));
      }
    };
  }
}
