package io.qconnect.marketplace.notice;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The values a template's placeholders take, read from an order line and its cart. */
final class JdbcOrderFacts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

  /** The payment method as a Japanese buyer reads it. */
  static String payment(String stored) {
    return switch (stored) {
      case "CREDIT_CARD" -> "クレジットカード";
      case "QOO10_BALANCE" -> "Qoo10残高 (Qpost)";
      case "CONVENIENCE_STORE" -> "コンビニ決済";
      case "BANK_TRANSFER" -> "銀行振込";
      default -> stored;
    };
  }

  Optional<Map<String, String>> of(Handle h, long orderNo) {
    return h.createQuery(
            """
            SELECT l.order_no, l.pack_no, l.seller_id, l.item_title, l.item_code, l.qty,
              l.order_date, l.carrier, l.tracking_no, l.claim_reason, l.ship_by_days,
              c.buyer_name, c.buyer_kana, c.buyer_tel, c.buyer_email, c.shipping_fee,
              c.payment_method
            FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no
            WHERE l.order_no = :o""")
        .bind("o", orderNo)
        .map(
            (rs, ctx) -> {
              Map<String, String> v = new LinkedHashMap<>();
              v.put("ORDER_NO", Long.toString(rs.getLong("order_no")));
              v.put("SELLER_ID", rs.getString("seller_id"));
              v.put("PACK_NO", Long.toString(rs.getLong("pack_no")));
              v.put("DELIVERY_FEE", String.format("%,d", rs.getLong("shipping_fee")));
              v.put("ORDER_TIME", rs.getTimestamp("order_date").toLocalDateTime().format(TIME));
              v.put("BUYER_NM", rs.getString("buyer_name"));
              v.put("BUYER_NM_JA", rs.getString("buyer_kana"));
              v.put("BUYER_TEL_NO", rs.getString("buyer_tel"));
              v.put("BUYER_EMAIL", rs.getString("buyer_email"));
              v.put("PAYMENT_METHOD", payment(rs.getString("payment_method")));
              v.put("ITEM_NM", rs.getString("item_title"));
              v.put("ITEM_CODE", rs.getString("item_code"));
              v.put("QTY", Integer.toString(rs.getInt("qty")));
              v.put("CARRIER", rs.getString("carrier"));
              v.put("TRACKING_NO", rs.getString("tracking_no"));
              v.put("CLAIM_REASON", rs.getString("claim_reason"));
              v.put("SHIP_BY", rs.getInt("ship_by_days") + "日以内");
              return v;
            })
        .findOne();
  }
}
