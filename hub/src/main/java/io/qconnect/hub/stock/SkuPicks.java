package io.qconnect.hub.stock;

import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What a warehouse picks for an order line: the hub SKU its Qoo10 unit feeds and how many. A unit
 * feeds exactly one SKU, one piece of it per unit sold (the mapping knows no sets or bundles), so a
 * line picks its quantity of that SKU. Read on the caller's handle, inside its transaction.
 */
public final class SkuPicks {
  private final JdbcPickStore stock = new JdbcPickStore();
  private final StockLines lines;

  SkuPicks(StockLines lines) {
    this.lines = lines;
  }

  /**
   * What to pick for a line.
   *
   * @param sku the hub SKU
   * @param qtyPerUnit pieces of the SKU in one unit sold (always 1: a unit maps to one SKU)
   * @param qty pieces to pick: the line's quantity times {@code qtyPerUnit}
   */
  public record Pick(String sku, int qtyPerUnit, int qty) {}

  /**
   * The line's pick: the SKU its stock line holds (what its reservation was taken from), else the
   * SKU its codes resolve to now; empty when they name none.
   */
  public Optional<Pick> pick(Handle h, OrderLine l) {
    Optional<String> held = stock.heldSku(h, l.shopId(), l.orderNo());
    if (held.isPresent()) {
      return Optional.of(pick(held.get(), l));
    }
    return lines.resolve(h, ref(l)).map(sku -> pick(sku, l));
  }

  /**
   * Whether the shop keeps stock in the hub: one of its units is mapped to a SKU, or one of its
   * order lines holds stock. A shop that keeps none has all its lines unlinked, by design.
   */
  public boolean keepsStock(Handle h, String shopId) {
    return stock.keepsStock(h, shopId);
  }

  /** Order numbers of the shop's lines in {@code status} that hold stock, oldest first. */
  public List<Long> linked(Handle h, String shopId, HubStatus status, int limit) {
    return stock.linkedLines(h, shopId, status.name(), limit);
  }

  /** Order numbers of the shop's lines in {@code status} whose codes name no SKU, newest first. */
  public List<Long> unlinked(Handle h, String shopId, HubStatus status, int limit) {
    return stock.unlinkedLines(h, shopId, status.name(), limit);
  }

  /** A unit is one piece of its SKU: the mapping has no sets or bundles. */
  private static final int PER_UNIT = 1;

  private static Pick pick(String sku, OrderLine l) {
    return new Pick(sku, PER_UNIT, l.qty() * PER_UNIT);
  }

  private static LineRef ref(OrderLine l) {
    return new LineRef(
        l.shopId(), l.orderNo(), l.itemCode(), l.sellerItemCode(), l.optionCode(), l.qty());
  }
}
