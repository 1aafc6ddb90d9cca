package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.ItemStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Items in {@code mk_item} and their combination options in {@code mk_item_option}. Stateless:
 * every method runs on the caller's handle so that the service ({@link CatalogService}, {@link
 * OptionService}, {@link OrderCatalogue} for the order feature) decides the transaction. Writers
 * lock the item row first ({@link #lock}); that one rule orders all locks on an item and keeps an
 * item's quantity equal to the sum of its options under concurrent orders. Stock changes are in
 * {@link JdbcStock}.
 */
final class JdbcCatalogStore {
  static final String COLUMNS =
      """
      item_code, seller_id, seller_code, title, promotion_name, category_code, brand_no, price,
      retail_price, tax_rate, qty, status, shipping_no, available_date_type, available_date_value,
      expire_date, model_name, material, production_place_type, production_place,
      industrial_code_type, industrial_code, adult_yn, contact_info, image_url, description,
      keyword, listed_at, changed_at, supply_price, commission_percent, shipping_fee,
      shipping_fee_type""";

  /**
   * Takes stock for an order line, atomically: the item's (or, with an option code, the option's)
   * quantity drops by {@code qty} only when at least that much is left. Run it inside the order's
   * transaction; it locks the item row until that transaction ends, so take several items in
   * item-code order.
   *
   * @param optionCode the seller option code, or "" for an item without options
   * @return false, changing nothing, when there is not enough stock
   * @throws io.qconnect.marketplace.core.NotFoundException when the item or option does not exist
   * @throws io.qconnect.marketplace.core.MarketplaceException when an item with options is named
   *     without one, or {@code qty} is not positive
   */
  boolean takeStock(Handle h, String itemCode, String optionCode, int qty) {
    return JdbcStock.take(this, h, itemCode, optionCode, qty);
  }

  /**
   * Takes stock of an option found with {@link #findOption(Handle, String, String, String)}; for
   * options without a seller option code. The option must still have the same place and axes.
   */
  boolean takeStock(Handle h, ItemOption option, int qty) {
    return JdbcStock.take(this, h, option, qty);
  }

  /**
   * Puts stock back (a cancelled or returned order line).
   *
   * @return false, changing nothing, when the option no longer exists (the seller replaced the
   *     item's options since): there is nothing to return the stock to
   */
  boolean returnStock(Handle h, String itemCode, String optionCode, int qty) {
    return JdbcStock.giveBack(this, h, itemCode, optionCode, qty);
  }

  /** Puts stock back to an option found by its axes; false when it no longer exists. */
  boolean returnStock(Handle h, ItemOption option, int qty) {
    return JdbcStock.giveBack(this, h, option, qty);
  }

  /** The next Qoo10 item code: 10 digits from {@code mk_item_code_seq}. */
  String nextItemCode(Handle h) {
    return Long.toString(
        h.createQuery("SELECT nextval('mk_item_code_seq')").mapTo(Long.class).one());
  }

  void insert(Handle h, Item i) {
    h.createUpdate(
            """
            INSERT INTO mk_item (item_code, seller_id, seller_code, title, promotion_name,
              category_code, brand_no, price, retail_price, tax_rate, qty, status, shipping_no,
              available_date_type, available_date_value, expire_date, model_name, material,
              production_place_type, production_place, industrial_code_type, industrial_code,
              adult_yn, contact_info, image_url, description, keyword, listed_at, changed_at,
              supply_price, commission_percent, shipping_fee, shipping_fee_type)
            VALUES (:code, :seller, :sellerCode, :title, :promotion, :category, :brand, :price,
              :retail, :tax, :qty, :status, :shippingNo, :shipType, :shipValue, :expire, :model,
              :material, :placeType, :place, :industrialType, :industrial, :adult, :contact,
              :image, :description, :keyword, :listed, :changed, :supply, :commission,
              :shippingFee, :shippingFeeType)""")
        .bind("code", i.itemCode())
        .bind("seller", i.sellerId())
        .bind("price", i.price())
        .bind("tax", i.taxRate())
        .bind("qty", i.qty())
        .bind("status", i.status().code())
        .bind("expire", i.expireDate())
        .bind("image", i.imageUrl())
        .bind("description", i.description())
        .bind("listed", i.listedAt())
        .bindMap(JdbcItemRows.params(i))
        .bindMap(JdbcItemRows.termParams(i.terms()))
        .bind("sellerCode", i.sellerCode().isEmpty() ? null : i.sellerCode())
        .execute();
  }

  /** Writes what UpdateGoods replaces: the seller code and the descriptive fields. */
  void updateFields(Handle h, Item i) {
    h.createUpdate(
            """
            UPDATE mk_item SET seller_code = :sellerCode, title = :title,
              promotion_name = :promotion, category_code = :category, brand_no = :brand,
              retail_price = :retail, shipping_no = :shippingNo, available_date_type = :shipType,
              available_date_value = :shipValue, model_name = :model, material = :material,
              production_place_type = :placeType, production_place = :place,
              industrial_code_type = :industrialType, industrial_code = :industrial,
              adult_yn = :adult, contact_info = :contact, keyword = :keyword,
              changed_at = :changed, version = version + 1
            WHERE item_code = :code""")
        .bind("code", i.itemCode())
        .bindMap(JdbcItemRows.params(i))
        .bind("sellerCode", i.sellerCode().isEmpty() ? null : i.sellerCode())
        .execute();
  }

  /**
   * Writes the selling terms (supply price, commission, shipping fee); the caller holds the lock.
   */
  void updateTerms(Handle h, Item i) {
    h.createUpdate(
            """
            UPDATE mk_item SET supply_price = :supply, commission_percent = :commission,
              shipping_fee = :shippingFee, shipping_fee_type = :shippingFeeType,
              changed_at = :changed, version = version + 1
            WHERE item_code = :code""")
        .bind("code", i.itemCode())
        .bind("changed", i.changedAt())
        .bindMap(JdbcItemRows.termParams(i.terms()))
        .execute();
  }

  void updateStatus(Handle h, Item i) {
    h.createUpdate(
            """
            UPDATE mk_item SET status = :status, changed_at = :changed, version = version + 1
            WHERE item_code = :code""")
        .bind("status", i.status().code())
        .bind("changed", i.changedAt())
        .bind("code", i.itemCode())
        .execute();
  }

  /** Writes price, tax rate, stock and end date (SetGoodsPriceQty); the caller holds the lock. */
  void updatePriceQty(Handle h, Item i) {
    h.createUpdate(
            """
            UPDATE mk_item SET price = :price, tax_rate = :tax, qty = :qty,
              expire_date = :expire, changed_at = :changed, version = version + 1
            WHERE item_code = :code""")
        .bind("price", i.price())
        .bind("tax", i.taxRate())
        .bind("qty", i.qty())
        .bind("expire", i.expireDate())
        .bind("changed", i.changedAt())
        .bind("code", i.itemCode())
        .execute();
  }

  /** Any seller's item by its item code (the order feature, the buyer simulator). */
  Optional<Item> find(Handle h, String itemCode) {
    return h.createQuery("SELECT " + COLUMNS + " FROM mk_item WHERE item_code = :code")
        .bind("code", itemCode)
        .map(JdbcItemRows::item)
        .findOne();
  }

  /** The seller's own item, by item code or, when that is empty, by seller code. */
  Optional<Item> find(Handle h, String sellerId, ItemRef ref) {
    return select(h, sellerId, ref, "");
  }

  /** As {@link #find(Handle, String, ItemRef)}, locking the row until the transaction ends. */
  Optional<Item> lock(Handle h, String sellerId, ItemRef ref) {
    return select(h, sellerId, ref, " FOR UPDATE");
  }

  /** Locks an item row by code; empty when there is no such item. */
  Optional<Item> lock(Handle h, String itemCode) {
    return h.createQuery("SELECT " + COLUMNS + " FROM mk_item WHERE item_code = :code FOR UPDATE")
        .bind("code", itemCode)
        .map(JdbcItemRows::item)
        .findOne();
  }

  private Optional<Item> select(Handle h, String sellerId, ItemRef ref, String suffix) {
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String where = ref.byItemCode() ? "item_code = :code" : "seller_code = :code";
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM mk_item WHERE seller_id = :seller AND " + where + suffix)
        .bind("seller", sellerId)
        .bind("code", ref.byItemCode() ? ref.itemCode() : ref.sellerCode())
        .map(JdbcItemRows::item)
        .findOne();
  }

  /** The item code that carries a seller code for this seller, if any. */
  Optional<String> itemCodeOf(Handle h, String sellerId, String sellerCode) {
    return h.createQuery(
            "SELECT item_code FROM mk_item WHERE seller_id = :seller AND seller_code = :code")
        .bind("seller", sellerId)
        .bind("code", sellerCode)
        .mapTo(String.class)
        .findOne();
  }

  int count(Handle h, String sellerId, ItemStatus status) {
    return h.createQuery(
            "SELECT COUNT(*) FROM mk_item WHERE seller_id = :seller AND status = :status")
        .bind("seller", sellerId)
        .bind("status", status.code())
        .mapTo(Integer.class)
        .one();
  }

  /** One page of a seller's items of a status, in item-code order. */
  List<Item> page(Handle h, String sellerId, ItemStatus status, int offset, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + """
                 FROM mk_item WHERE seller_id = :seller AND status = :status
                ORDER BY item_code LIMIT :limit OFFSET :offset""")
        .bind("seller", sellerId)
        .bind("status", status.code())
        .bind("limit", limit)
        .bind("offset", offset)
        .map(JdbcItemRows::item)
        .list();
  }

  /** The item's options in their order. */
  List<ItemOption> options(Handle h, String itemCode) {
    return JdbcOptions.list(h, itemCode);
  }

  /** The option with this seller option code. */
  Optional<ItemOption> findOption(Handle h, String itemCode, String optionCode) {
    return options(h, itemCode).stream().filter(o -> o.optionCode().equals(optionCode)).findFirst();
  }

  /** The option named by its axes joined with {@code ||*} ({@code サイズ||*カラー} / {@code M||*黒}). */
  Optional<ItemOption> findOption(
      Handle h, String itemCode, String joinedNames, String joinedValues) {
    return options(h, itemCode).stream()
        .filter(o -> o.joinedNames().equals(joinedNames) && o.joinedValues().equals(joinedValues))
        .findFirst();
  }

  /** Replaces all options and sets the item's stock to their sum; the caller holds the lock. */
  void replaceOptions(Handle h, String itemCode, List<InventoryOption> options, LocalDateTime at) {
    JdbcOptions.deleteAll(h, itemCode);
    for (int i = 0; i < options.size(); i++) {
      JdbcOptions.insert(h, ItemOption.of(itemCode, i + 1, options.get(i)));
    }
    syncQty(h, itemCode, at);
  }

  /** Sets an item's stock to the sum of its options (0 when it has none). */
  void syncQty(Handle h, String itemCode, LocalDateTime at) {
    h.createUpdate(
            """
            UPDATE mk_item SET qty = (SELECT COALESCE(SUM(qty), 0) FROM mk_item_option
                WHERE item_code = :code), changed_at = :changed, version = version + 1
            WHERE item_code = :code""")
        .bind("code", itemCode)
        .bind("changed", at)
        .execute();
  }
}
