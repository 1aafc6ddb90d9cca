package io.qconnect.hub.orders;

import io.qconnect.hub.core.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reading imported order lines, their history and their Qoo10 detail. */
public final class OrderService {
  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();

  public OrderService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Lines matching the query; lines of one cart are listed together. */
  public List<OrderLine> list(OrderQuery q) {
    return jdbi.withHandle(h -> store.list(h, q));
  }

  /**
   * @throws NotFoundException when the shop has no such line
   */
  public OrderLine get(String shopId, long orderNo) {
    return find(shopId, orderNo).orElseThrow(() -> notFound(shopId, orderNo));
  }

  public Optional<OrderLine> find(String shopId, long orderNo) {
    return jdbi.withHandle(h -> store.find(h, shopId, orderNo));
  }

  /** Every change of the line, oldest first. */
  public List<HistoryEntry> history(String shopId, long orderNo) {
    return jdbi.withHandle(
        h -> {
          if (store.find(h, shopId, orderNo).isEmpty()) {
            throw notFound(shopId, orderNo);
          }
          return store.history(h, shopId, orderNo);
        });
  }

  /**
   * The line's Qoo10 data as GetShippingInfo_v3 JSON (buyer, receiver, address, prices), without
   * the fields the line keeps itself (status, dates, carrier, tracking).
   */
  public String detailJson(String shopId, long orderNo) {
    return jdbi.withHandle(h -> store.detail(h, shopId, orderNo))
        .orElseThrow(() -> notFound(shopId, orderNo));
  }

  /** The lines of one cart. */
  public List<OrderLine> cart(String shopId, long packNo) {
    return jdbi.withHandle(h -> store.packLines(h, shopId, packNo));
  }

  private static NotFoundException notFound(String shopId, long orderNo) {
    return new NotFoundException("shop " + shopId + " has no order " + orderNo);
  }
}
