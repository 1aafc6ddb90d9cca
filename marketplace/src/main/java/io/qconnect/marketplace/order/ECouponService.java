package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * E-tickets (ECouponAuth, docs/qapi.md §8; docs/qapi-parity.md). The reference gives the methods,
 * their parameter and their result fields but no issuing: here every paid, uncancelled order line
 * has one e-ticket, outer ticket number {@code QT<OrderNo>}, usable for 90 days from payment.
 * CouponAuthByOuterTicketNo uses it (CouponStat NU → UC), CouponCancelByOuterTicketNo takes the use
 * back. Codes: -10001 no such ticket of this seller, -10002 already used (auth) or not used
 * (cancel), -10003 expired or its order cancelled.
 */
public final class ECouponService {
  /** How long an e-ticket can be used after payment. */
  public static final int USABLE_DAYS = 90;

  private final Jdbi jdbi;
  private final JdbcOrderStore orders = new JdbcOrderStore();
  private final JdbcECouponStore store = new JdbcECouponStore();
  private final Clock clock;

  public ECouponService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The answer of one call: a code, a message and, on success, the ticket's fields. */
  public record Result(int code, String message, Map<String, Object> ticket) {}

  public Result authenticate(String sellerId, String outerTicketNo) {
    return act(sellerId, outerTicketNo, true);
  }

  public Result cancel(String sellerId, String outerTicketNo) {
    return act(sellerId, outerTicketNo, false);
  }

  private Result act(String sellerId, String ticket, boolean use) {
    if (!ticket.matches("QT\\d{1,18}")) {
      return new Result(-10001, "No e-ticket with OuterTicketNo '" + ticket + "'.", null);
    }
    long orderNo = Long.parseLong(ticket.substring(2));
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              orders.lockLine(h, orderNo).filter(x -> x.sellerId().equals(sellerId)).orElse(null);
          if (l == null || l.paymentDate() == null) {
            return new Result(-10001, "No e-ticket with OuterTicketNo '" + ticket + "'.", null);
          }
          LocalDateTime now = Times.now(clock);
          LocalDateTime until = l.paymentDate().plusDays(USABLE_DAYS);
          LocalDateTime used = store.usedAt(h, orderNo).orElse(null);
          if (l.isCancelled() || l.claimStatus() != null && l.claimStatus().isFinalCancellation()) {
            return new Result(-10003, "The order of this e-ticket was cancelled.", null);
          }
          if (use) {
            if (used != null) {
              return new Result(-10002, "The e-ticket is already used.", null);
            }
            if (now.isAfter(until)) {
              return new Result(-10003, "The e-ticket has expired.", null);
            }
            store.use(h, l, now);
            used = now;
          } else {
            if (used == null) {
              return new Result(-10002, "The e-ticket is not used.", null);
            }
            store.cancel(h, orderNo);
            used = null;
          }
          return new Result(0, "SUCCESS", fields(ticket, l, used, now.isAfter(until), until));
        });
  }

  private static Map<String, Object> fields(
      String ticket, OrderLine l, LocalDateTime used, boolean expired, LocalDateTime until) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("contr_no", l.orderNo());
    m.put("ItemCode", l.itemCode());
    m.put("SellerCode", l.sellerItemCode());
    m.put("ItemTitle", l.itemTitle());
    m.put("ItemPrice", l.unitPrice());
    m.put("Option", l.optionLabel());
    m.put("Qty", l.qty());
    m.put("CouponStat", used != null ? "UC" : expired ? "EX" : "NU");
    m.put("AuthType", "W");
    m.put("CouponUseDt", used == null ? "" : QapiDates.wire(used.withNano(0)));
    m.put("UsableSdt", QapiDates.wire(l.paymentDate().withNano(0)));
    m.put("UsableEdt", QapiDates.wire(until.withNano(0)));
    m.put("Delmemo", "");
    return m;
  }
}
