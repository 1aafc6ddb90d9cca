package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.ItemStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rules {@link CatalogService} applies to an item: what a registered item starts as, its end
 * date, and which statuses refuse an edit (with Qoo10's codes).
 */
final class ItemRules {
  private ItemRules() {}

  /** A new item as SetNewGoods registers it: on sale, with the default terms. */
  static Item newItem(
      String code, String sellerId, NewGoods g, LocalDate expire, LocalDateTime now) {
    return new Item(
        code,
        sellerId,
        g.sellerCode(),
        ItemStatus.ON_SALE,
        g.fields(),
        ItemTerms.defaults(),
        g.price(),
        g.taxRate(),
        g.startingQty(),
        expire,
        g.imageUrl(),
        g.description(),
        now,
        now);
  }

  /** The end date: one year from today when none is given; empty when it lies in the past. */
  static Optional<LocalDate> endDate(LocalDate given, LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    LocalDate d = given == null ? today.plusYears(1) : given;
    return d.isBefore(today) ? Optional.empty() : Optional.of(d);
  }

  /** The refusal an edit of an item in status {@code s} gets; empty when it may be edited. */
  static Optional<Outcome<Item>> blockedBy(ItemStatus s) {
    return switch (s) {
      case SUSPENDED, ON_SALE -> Optional.empty();
      case AWAITING_REVIEW ->
          refusal(CatalogCodes.STATUS_UNDER_REVIEW, "The item is under review.");
      case STOPPED_BY_QOO10 ->
          refusal(CatalogCodes.STATUS_STOPPED, "The item has been suspended by Qoo10.");
      case RESTRICTED_BY_QOO10 ->
          refusal(CatalogCodes.STATUS_RESTRICTED, "The item is restricted by Qoo10.");
      case REJECTED -> refusal(CatalogCodes.STATUS_REJECTED, "The item was rejected in review.");
      case DISCONTINUED ->
          refusal(
              CatalogCodes.STATUS_DISCONTINUED,
              "The item is discontinued (S4); register it again to sell it.");
    };
  }

  static Optional<Outcome<Item>> refusal(int code, String message) {
    return Optional.of(Outcome.refused(code, message));
  }

  /** The refusal of an end date in the past. */
  static <T> Outcome<T> pastEndDate() {
    return Outcome.refused(
        CatalogCodes.PROCESSING, CatalogCodes.processing("ExpireDate lies in the past"));
  }
}
