package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.ItemStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code mk_item} rows to items and items to the named parameters of the store's SQL. */
final class JdbcItemRows {
  private JdbcItemRows() {}

  /** The descriptive fields and the change time, named as in the store's INSERT and UPDATE. */
  static Map<String, Object> params(Item i) {
    ItemFields f = i.fields();
    Map<String, Object> m = new HashMap<>();
    m.put("title", f.title());
    m.put("promotion", f.promotionName());
    m.put("category", f.categoryCode());
    m.put("brand", f.brandNo());
    m.put("retail", f.retailPrice());
    m.put("shippingNo", f.shippingNo());
    m.put("shipType", f.shipBy().type().code());
    m.put("shipValue", f.shipBy().value());
    m.put("model", f.modelName());
    m.put("material", f.material());
    m.put("placeType", f.productionPlaceType());
    m.put("place", f.productionPlace());
    m.put("industrialType", f.industrialCodeType());
    m.put("industrial", f.industrialCode());
    m.put("adult", f.adultYn());
    m.put("contact", f.contactInfo());
    m.put("keyword", f.keyword());
    m.put("changed", i.changedAt());
    return m;
  }

  /** The selling terms, named as in the store's INSERT and UPDATE. */
  static Map<String, Object> termParams(ItemTerms t) {
    return Map.of(
        "supply", t.supplyPrice(),
        "commission", t.commissionPercent(),
        "shippingFee", t.shippingFee(),
        "shippingFeeType", t.shippingFeeType().name());
  }

  static Item item(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Item(
        rs.getString("item_code"),
        rs.getString("seller_id"),
        rs.getString("seller_code"),
        ItemStatus.parse(rs.getString("status")).orElseThrow(),
        fields(rs),
        terms(rs),
        rs.getLong("price"),
        rs.getString("tax_rate"),
        rs.getInt("qty"),
        rs.getDate("expire_date").toLocalDate(),
        rs.getString("image_url"),
        rs.getString("description"),
        rs.getTimestamp("listed_at").toLocalDateTime(),
        rs.getTimestamp("changed_at").toLocalDateTime());
  }

  /** The selling terms of a row that selects {@link JdbcCatalogStore#COLUMNS}. */
  static ItemTerms terms(ResultSet rs) throws SQLException {
    return new ItemTerms(
        rs.getLong("supply_price"),
        rs.getInt("commission_percent"),
        rs.getLong("shipping_fee"),
        ShippingFeeType.parse(rs.getString("shipping_fee_type")).orElseThrow());
  }

  private static ItemFields fields(ResultSet rs) throws SQLException {
    return new ItemFields(
        rs.getString("title"),
        rs.getString("promotion_name"),
        rs.getString("category_code"),
        rs.getString("brand_no"),
        rs.getLong("retail_price"),
        rs.getString("shipping_no"),
        new ShipBy(
            ShipBy.Type.parse(rs.getString("available_date_type")).orElseThrow(),
            rs.getString("available_date_value")),
        rs.getString("model_name"),
        rs.getString("material"),
        rs.getString("production_place_type"),
        rs.getString("production_place"),
        rs.getString("industrial_code_type"),
        rs.getString("industrial_code"),
        rs.getString("adult_yn"),
        rs.getString("contact_info"),
        rs.getString("keyword"));
  }
}
