package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.ItemStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    return item(rs, Columns.of(ctx.getRenderedSql(), rs));
  }

  /** An item from a row that selects {@link JdbcCatalogStore#COLUMNS}, read by position. */
  static Item item(ResultSet rs, Columns c) throws SQLException {
    return new Item(
        rs.getString(c.at("item_code")),
        rs.getString(c.at("seller_id")),
        rs.getString(c.at("seller_code")),
        ItemStatus.parse(rs.getString(c.at("status"))).orElseThrow(),
        fields(rs, c),
        terms(rs, c),
        rs.getLong(c.at("price")),
        rs.getString(c.at("tax_rate")),
        rs.getInt(c.at("qty")),
        rs.getObject(c.at("expire_date"), LocalDate.class),
        rs.getString(c.at("image_url")),
        rs.getString(c.at("description")),
        rs.getObject(c.at("listed_at"), LocalDateTime.class),
        rs.getObject(c.at("changed_at"), LocalDateTime.class));
  }

  /** The selling terms of a row that selects {@link JdbcCatalogStore#COLUMNS}. */
  static ItemTerms terms(ResultSet rs, Columns c) throws SQLException {
    return new ItemTerms(
        rs.getLong(c.at("supply_price")),
        rs.getInt(c.at("commission_percent")),
        rs.getLong(c.at("shipping_fee")),
        ShippingFeeType.parse(rs.getString(c.at("shipping_fee_type"))).orElseThrow());
  }

  private static ItemFields fields(ResultSet rs, Columns c) throws SQLException {
    return new ItemFields(
        rs.getString(c.at("title")),
        rs.getString(c.at("promotion_name")),
        rs.getString(c.at("category_code")),
        rs.getString(c.at("brand_no")),
        rs.getLong(c.at("retail_price")),
        rs.getString(c.at("shipping_no")),
        new ShipBy(
            ShipBy.Type.parse(rs.getString(c.at("available_date_type"))).orElseThrow(),
            rs.getString(c.at("available_date_value"))),
        rs.getString(c.at("model_name")),
        rs.getString(c.at("material")),
        rs.getString(c.at("production_place_type")),
        rs.getString(c.at("production_place")),
        rs.getString(c.at("industrial_code_type")),
        rs.getString(c.at("industrial_code")),
        rs.getString(c.at("adult_yn")),
        rs.getString(c.at("contact_info")),
        rs.getString(c.at("keyword")));
  }
}
