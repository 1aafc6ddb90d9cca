package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Places a buyer's cart for {@link OrderService}: every line names something on sale, then in one
 * transaction the stock of every line is taken (in the catalogue's lock order) and the cart and its
 * lines are written with their outbox events; a line sold out puts back what was taken.
 */
final class CartPlacer {
  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final Catalogue catalogue;
  private final Clock clock;

  CartPlacer(Jdbi jdbi, Catalogue catalogue, Clock clock) {
    this.jdbi = jdbi;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** See {@link OrderService#place}. */
  PlaceResult place(NewCart cart) {
    List<Sellable> items = new ArrayList<>();
    for (NewCart.Line l : cart.lines()) {
      Sellable s = catalogue.find(cart.sellerId(), l.item(), l.optionCode()).orElse(null);
      if (s == null) {
        return new PlaceResult.Refused(notFound(cart.sellerId(), l));
      }
      if (!s.onSale()) {
        return new PlaceResult.Refused("item " + s.itemCode() + " is not on sale");
      }
      items.add(s);
    }
    try {
      return jdbi.inTransaction(h -> placeIn(h, cart, items));
    } catch (SoldOut e) {
      return new PlaceResult.Refused(e.getMessage());
    }
  }

  /**
   * Why a line names nothing that can be ordered: no such item; an item with options ordered
   * without one ("option required"); or an option the item does not have. The item's option codes
   * are listed.
   */
  private String notFound(String sellerId, NewCart.Line l) {
    List<String> codes = catalogue.optionCodes(sellerId, l.item()).orElse(null);
    if (codes == null) {
      return "no item '" + l.item() + "' of seller '" + sellerId + "'";
    }
    String list = String.join(", ", codes);
    if (l.optionCode().isBlank()) {
      return "option required: item '"
          + l.item()
          + "' is sold by option (optionCode one of "
          + list
          + ")";
    }
    return codes.isEmpty()
        ? "item '" + l.item() + "' has no options: leave optionCode empty"
        : "item '" + l.item() + "' has no option '" + l.optionCode() + "' (one of " + list + ")";
  }

  /** Aborts the placing transaction, so that stock taken for earlier lines is put back. */
  private static final class SoldOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SoldOut(String message) {
      super(message, null, false, false);
    }
  }

  private PlaceResult placeIn(Handle h, NewCart nc, List<Sellable> items) {
    LocalDateTime now = now();
    List<Integer> byItem = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      byItem.add(i);
    }
    // item-code order, the catalogue's lock order, so that two carts cannot deadlock
    byItem.sort(
        java.util.Comparator.comparing((Integer i) -> items.get(i).itemCode())
            .thenComparing(i -> items.get(i).optionCode()));
    for (int i : byItem) {
      Sellable s = items.get(i);
      if (!catalogue.take(h, s.itemCode(), s.optionCode(), nc.lines().get(i).qty())) {
        throw new SoldOut("sold out: " + s.itemCode() + " " + s.optionCode());
      }
    }
    Cart cart = newCart(store.nextPackNo(h), nc, now);
    store.insertCart(h, cart, items.size());
    List<Long> orderNos = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      OrderLine line =
          newLine(store.nextOrderNo(h), cart, items.get(i), nc.lines().get(i).qty(), nc.paid());
      store.insertLine(h, line, now);
      orderNos.add(line.orderNo());
      if (nc.paid()) {
        JdbcOutbox.record(h, line, OrderEvent.ORDER_NOTICE, "", now);
        JdbcOutbox.record(h, line, OrderEvent.SHIPPING_REQUEST, "", now);
      } else {
        JdbcOutbox.record(h, line, OrderEvent.ORDER_PLACED, cart.paymentMethod().wire(), now);
      }
    }
    return new PlaceResult.Placed(cart.packNo(), orderNos);
  }

  private Cart newCart(long packNo, NewCart nc, LocalDateTime now) {
    return new Cart(
        packNo,
        nc.sellerId(),
        nc.buyer(),
        nc.receiver(),
        nc.desiredDelivery(),
        nc.shippingMessage(),
        nc.payment(),
        nc.shippingFee(),
        nc.shippingFee() == 0 ? "Free" : "Charge",
        now,
        nc.paid() || !nc.payment().isPrepayment() ? null : now.plus(nc.payment().deadline()));
  }

  private static OrderLine newLine(long orderNo, Cart c, Sellable s, int qty, boolean paid) {
    long gross = s.unitPrice() * qty;
    return new OrderLine(
        orderNo,
        c.packNo(),
        c.sellerId(),
        s.itemCode(),
        s.sellerCode(),
        s.title(),
        s.optionLabel(),
        s.optionCode(),
        qty,
        s.unitPrice(),
        0,
        0,
        gross * 90 / 100,
        s.shipByDays(),
        paid ? ShippingStatus.ON_REQUEST : ShippingStatus.AWAITING_SHIPPING,
        c.orderedAt(),
        paid ? c.orderedAt() : null,
        null,
        "",
        "",
        null,
        null,
        "",
        "",
        null,
        "",
        null,
        null);
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }
}
