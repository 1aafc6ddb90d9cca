package io.qconnect.hub.stock;

/**
 * How much of a SKU's available quantity a shop offers: keep back {@code keepBack} units and {@code
 * keepBackPercent} percent (rounded up), offer at most {@code cap} (null: no cap), never below 0.
 */
public record ShopStockRules(PushMode mode, int keepBack, int keepBackPercent, Integer cap) {
  public ShopStockRules {
    mode = mode == null ? PushMode.EVERY_CHANGE : mode;
    if (keepBack < 0) {
      throw new IllegalArgumentException("keepBack must be 0 or more, not " + keepBack);
    }
    if (keepBackPercent < 0 || keepBackPercent > 100) {
      throw new IllegalArgumentException("keepBackPercent must be 0..100, not " + keepBackPercent);
    }
    if (cap != null && cap < 0) {
      throw new IllegalArgumentException("cap must be 0 or more, not " + cap);
    }
  }

  public static ShopStockRules defaults() {
    return new ShopStockRules(PushMode.EVERY_CHANGE, 0, 0, null);
  }

  /** The quantity to show on Qoo10 for {@code available} units in the hub. */
  public int offer(int available) {
    long held = keepBack + ((long) available * keepBackPercent + 99) / 100;
    long q = Math.max(0, available - held);
    if (cap != null) {
      q = Math.min(q, cap);
    }
    return (int) q;
  }
}
