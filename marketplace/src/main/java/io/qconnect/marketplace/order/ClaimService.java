package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.order.CancelReason;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Claims on order lines: the buyer's cancel request (claim 1), the seller's cancellation (claim 3),
 * unpaid cancellation when a prepayment deadline passes (claim 16), and returns (claim 4 then 6).
 * Cancelled lines give their stock back exactly once.
 */
public final class ClaimService {
  private final Jdbi jdbi;
  private final JdbcOrderStore store = new JdbcOrderStore();
  private final JdbcExchangeStore exchanges = new JdbcExchangeStore();
  private final Catalogue catalogue;
  private final Clock clock;

  public ClaimService(Jdbi jdbi, Catalogue catalogue, Clock clock) {
    this.jdbi = jdbi;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The buyer asks to cancel a line not yet shipped (claim 1). */
  public OrderOutcome requestCancel(long orderNo, String reason) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).orElseThrow(() -> OrderService.notFound(orderNo));
          if (l.claimStatus() != null || l.status().code() > 3) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED,
                "The order cannot take a cancel request in its status.");
          }
          LocalDateTime now = now();
          store.setClaim(h, orderNo, ClaimStatus.CANCEL_REQUESTED, text(reason), now, null, now);
          JdbcOutbox.record(h, l, OrderEvent.CANCEL_REQUESTED, text(reason), now);
          return OrderOutcome.OK;
        });
  }

  /** Claim.SetCancelProcess: the seller cancels a line not yet shipped; its stock returns. */
  public OrderOutcome sellerCancel(
      String sellerId, long orderNo, CancelReason reason, String memo) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l = store.lockLine(h, orderNo).orElse(null);
          if (l == null) {
            return new OrderOutcome(OrderCodes.NO_ORDER, "No order information.");
          }
          if (!l.sellerId().equals(sellerId)) {
            return new OrderOutcome(
                OrderCodes.OTHER_SELLER, "The order belongs to another seller.");
          }
          boolean open = l.claimStatus() == null || l.claimStatus() == ClaimStatus.CANCEL_REQUESTED;
          if (!open || l.status().code() > 3) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "The order status does not allow cancellation.");
          }
          cancel(
              h,
              l,
              ClaimStatus.CANCEL_COMPLETE,
              OrderEvent.CANCEL_COMPLETED,
              reason.name() + " " + text(memo));
          return OrderOutcome.OK;
        });
  }

  /** Cancels every prepaid cart whose payment deadline has passed (claim 16). */
  public int expireUnpaid() {
    List<Long> due = jdbi.withHandle(h -> store.unpaidPastDeadline(h, now()));
    int n = 0;
    for (long orderNo : due) {
      n += jdbi.inTransaction(h -> expireIn(h, orderNo)) ? 1 : 0;
    }
    return n;
  }

  private boolean expireIn(Handle h, long orderNo) {
    OrderLine l = store.lockLine(h, orderNo).orElseThrow(() -> OrderService.notFound(orderNo));
    if (l.status() != ShippingStatus.AWAITING_SHIPPING || l.claimStatus() != null) {
      return false;
    }
    cancel(
        h,
        l,
        ClaimStatus.UNPAID_CANCELLATION,
        OrderEvent.UNPAID_CANCELLED,
        "payment deadline passed");
    return true;
  }

  /** The buyer asks to return a line on delivery or delivered (claim 4). */
  public OrderOutcome requestReturn(long orderNo, String reason) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).orElseThrow(() -> OrderService.notFound(orderNo));
          if (l.claimStatus() != null || l.status().code() < 4) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "Only a shipped line can be returned.");
          }
          LocalDateTime now = now();
          store.setClaim(h, orderNo, ClaimStatus.RETURN_REQUESTED, text(reason), now, null, now);
          JdbcOutbox.record(h, l, OrderEvent.RETURN_REQUESTED, text(reason), now);
          return OrderOutcome.OK;
        });
  }

  /** The returned goods arrived back (claim 4 → 6); the stock returns. */
  public OrderOutcome completeReturn(long orderNo) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).orElseThrow(() -> OrderService.notFound(orderNo));
          if (l.claimStatus() != ClaimStatus.RETURN_REQUESTED) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "No return was requested for this line.");
          }
          cancel(h, l, ClaimStatus.RETURN_COMPLETE, OrderEvent.RETURN_COMPLETED, l.claimReason());
          return OrderOutcome.OK;
        });
  }

  /** The buyer asks to exchange a delivered line (claim 11). */
  public OrderOutcome requestExchange(long orderNo, String reason) {
    return jdbi.inTransaction(
        h -> {
          OrderLine l =
              store.lockLine(h, orderNo).orElseThrow(() -> OrderService.notFound(orderNo));
          if (l.claimStatus() != null || l.status() != ShippingStatus.DELIVERED) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "Only a delivered line can be exchanged.");
          }
          LocalDateTime now = now();
          store.setClaim(h, orderNo, ClaimStatus.EXCHANGE_REQUESTED, text(reason), now, null, now);
          exchanges.requested(h, l, now);
          JdbcOutbox.record(h, l, OrderEvent.EXCHANGE_REQUESTED, text(reason), now);
          return OrderOutcome.OK;
        });
  }

  /**
   * Claim.SetClaimAccept: the seller accepts an exchange request (claim 11 → 12), giving the
   * address the goods go back to. The codes are those of SetCancelProcess.
   */
  public OrderOutcome acceptExchange(String sellerId, long orderNo, Exchange.Address pickup) {
    String tooLong = pickup.tooLong("seller");
    if (tooLong != null) {
      return new OrderOutcome(OrderCodes.BAD_PARAMETER, tooLong + " is too long.");
    }
    return jdbi.inTransaction(
        h -> {
          OrderLine l = store.lockLine(h, orderNo).orElse(null);
          OrderOutcome refused = refusal(l, sellerId);
          if (refused != null) {
            return refused;
          }
          if (l.claimStatus() != ClaimStatus.EXCHANGE_REQUESTED) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "No exchange request is open for this order.");
          }
          LocalDateTime now = now();
          store.setClaim(
              h, orderNo, ClaimStatus.EXCHANGE_APPROVED, l.claimReason(), null, null, now);
          exchanges.accepted(h, orderNo, pickup, now);
          JdbcOutbox.record(h, l, OrderEvent.EXCHANGE_ACCEPTED, "", now);
          return OrderOutcome.OK;
        });
  }

  /**
   * Claim.SetClaimRedelivery: the seller sends the exchanged goods (claim 12 → 13) on a date, with
   * an optional carrier, invoice number and receiver.
   */
  public OrderOutcome redeliver(
      String sellerId,
      long orderNo,
      LocalDateTime date,
      String carrier,
      String trackingNo,
      Exchange.Address receiver) {
    String tooLong = receiver.tooLong("rcv");
    if (tooLong == null && carrier.length() > 200) {
      tooLong = "del_comapny_name";
    }
    if (tooLong == null && trackingNo.length() > 50) {
      tooLong = "invoice_no";
    }
    if (tooLong != null) {
      return new OrderOutcome(OrderCodes.BAD_PARAMETER, tooLong + " is too long.");
    }
    return jdbi.inTransaction(
        h -> {
          OrderLine l = store.lockLine(h, orderNo).orElse(null);
          OrderOutcome refused = refusal(l, sellerId);
          if (refused != null) {
            return refused;
          }
          if (l.claimStatus() != ClaimStatus.EXCHANGE_APPROVED) {
            return new OrderOutcome(
                OrderCodes.CLAIM_NOT_ALLOWED, "The exchange of this order is not approved.");
          }
          LocalDateTime now = now();
          store.setClaim(h, orderNo, ClaimStatus.REDELIVERING, l.claimReason(), null, null, now);
          exchanges.redelivered(h, orderNo, date, carrier, trackingNo, receiver);
          JdbcOutbox.record(
              h, l, OrderEvent.EXCHANGE_REDELIVERED, (carrier + " " + trackingNo).strip(), now);
          return OrderOutcome.OK;
        });
  }

  /** The exchange details of an order line, if it ever had an exchange request. */
  public java.util.Optional<Exchange> exchange(long orderNo) {
    return jdbi.withHandle(h -> exchanges.find(h, orderNo));
  }

  private static OrderOutcome refusal(OrderLine l, String sellerId) {
    if (l == null) {
      return new OrderOutcome(OrderCodes.NO_ORDER, "No order information.");
    }
    if (!l.sellerId().equals(sellerId)) {
      return new OrderOutcome(OrderCodes.OTHER_SELLER, "The order belongs to another seller.");
    }
    return null;
  }

  private void cancel(Handle h, OrderLine l, ClaimStatus to, OrderEvent event, String reason) {
    LocalDateTime now = now();
    LocalDateTime requested = l.claimRequestedAt() == null ? now : null;
    store.setClaim(h, l.orderNo(), to, text(reason).strip(), requested, now, now);
    if (store.markStockReturned(h, l.orderNo())) {
      catalogue.giveBack(h, l.itemCode(), l.optionCode(), l.qty());
    }
    JdbcOutbox.record(h, l, event, text(reason).strip(), now);
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
