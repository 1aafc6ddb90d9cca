package io.qconnect.marketplace.order;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The catalogue as orders need it: find what is bought, take stock, give it back. Implemented by
 * the catalog feature and wired by {@link io.qconnect.marketplace.Marketplace}; stock changes run
 * in the order's own transaction.
 */
public interface Catalogue {
  /**
   * Finds an item of the seller by item code or seller code, and one of its options by option code
   * (blank for an item without options).
   */
  Optional<Sellable> find(String sellerId, String itemCodeOrSellerCode, String optionCode);

  /**
   * The option codes of an item of the seller (empty for an item without options), or empty when
   * the seller has no such item: what a refused order line names.
   */
  Optional<List<String>> optionCodes(String sellerId, String itemCodeOrSellerCode);

  /** Everything of the seller that can be bought now: items and options on sale with stock. */
  List<Sellable> onSale(String sellerId);

  /** Takes stock if there is enough; false (and nothing changed) when there is not. */
  boolean take(Handle h, String itemCode, String optionCode, int qty);

  /** Returns stock, e.g. after a cancellation. */
  void giveBack(Handle h, String itemCode, String optionCode, int qty);
}
