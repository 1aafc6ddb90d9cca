package io.qconnect.protocol.order;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a {@link ShippingInfoV3Row} field by field, in declaration order, as the bean serializer
 * would (nulls as {@code null}; decimals with the mapper's own decimal serializer, so a tree and a
 * direct write stay alike), without a reflective accessor call per field: the rows of a search are
 * the bulk of what the marketplace writes.
 */
public final class ShippingInfoV3RowJson extends StdSerializer<ShippingInfoV3Row>
    implements ContextualSerializer {
  private static final long serialVersionUID = 1L;

  private final transient JsonSerializer<Object> decimals;

  public ShippingInfoV3RowJson() {
    this(null);
  }

  private ShippingInfoV3RowJson(JsonSerializer<Object> decimals) {
    super(ShippingInfoV3Row.class);
    this.decimals = decimals;
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider p, BeanProperty property)
      throws JsonMappingException {
    return new ShippingInfoV3RowJson(p.findValueSerializer(BigDecimal.class));
  }

  @Override
  public void serialize(ShippingInfoV3Row r, JsonGenerator g, SerializerProvider p)
      throws IOException {
    JsonSerializer<Object> d =
        decimals != null ? decimals : p.findValueSerializer(BigDecimal.class);
    g.writeStartObject(r);
    text(g, "ShippingStatus", r.shippingStatus());
    text(g, "SellerID", r.sellerID());
    number(g, "PackNo", r.packNo());
    text(g, "OrderDate", r.orderDate());
    text(g, "PaymentDate", r.paymentDate());
    text(g, "EstimatedShippingDate", r.estimatedShippingDate());
    text(g, "ShippingDate", r.shippingDate());
    text(g, "DeliveredDate", r.deliveredDate());
    text(g, "Buyer", r.buyer());
    text(g, "BuyerKana", r.buyerKana());
    text(g, "BuyerTel", r.buyerTel());
    text(g, "BuyerMobile", r.buyerMobile());
    text(g, "BuyerEmail", r.buyerEmail());
    number(g, "OrderNo", r.orderNo());
    text(g, "ItemNo", r.itemNo());
    text(g, "SellerItemCode", r.sellerItemCode());
    text(g, "ItemTitle", r.itemTitle());
    text(g, "Option", r.option());
    text(g, "OptionCode", r.optionCode());
    decimal(g, p, d, "OrderPrice", r.orderPrice());
    number(g, "OrderQty", r.orderQty());
    decimal(g, p, d, "Discount", r.discount());
    decimal(g, p, d, "Total", r.total());
    text(g, "Receiver", r.receiver());
    text(g, "ReceiverKana", r.receiverKana());
    text(g, "ZipCode", r.zipCode());
    text(g, "ShippingAddress", r.shippingAddress());
    text(g, "Address1", r.address1());
    text(g, "Address2", r.address2());
    text(g, "ReceiverTel", r.receiverTel());
    text(g, "ReceiverMobile", r.receiverMobile());
    text(g, "DesiredDeliveryDate", r.desiredDeliveryDate());
    text(g, "SenderName", r.senderName());
    text(g, "SenderTel", r.senderTel());
    text(g, "SenderNation", r.senderNation());
    text(g, "SenderZipCode", r.senderZipCode());
    text(g, "SenderAddress", r.senderAddress());
    text(g, "ShippingWay", r.shippingWay());
    text(g, "ShippingMessage", r.shippingMessage());
    text(g, "PaymentMethod", r.paymentMethod());
    decimal(g, p, d, "SellerDiscount", r.sellerDiscount());
    text(g, "Currency", r.currency());
    decimal(g, p, d, "ShippingRate", r.shippingRate());
    text(g, "RelatedOrder", r.relatedOrder());
    text(g, "ShippingRateType", r.shippingRateType());
    text(g, "DeliveryCompany", r.deliveryCompany());
    text(g, "VoucherCode", r.voucherCode());
    text(g, "PackingNo", r.packingNo());
    text(g, "SellerDeliveryNo", r.sellerDeliveryNo());
    text(g, "Gift", r.gift());
    decimal(g, p, d, "CartDiscountSeller", r.cartDiscountSeller());
    decimal(g, p, d, "CartDiscountQoo10", r.cartDiscountQoo10());
    decimal(g, p, d, "SettlePrice", r.settlePrice());
    text(g, "BranchName", r.branchName());
    text(g, "TrackingNo", r.trackingNo());
    text(g, "Material", r.material());
    text(g, "AvailableSendType", r.availableSendType());
    text(g, "AvailableShippingDate", r.availableShippingDate());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, String v) throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v);
    }
  }

  private static void number(JsonGenerator g, String name, Long v) throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v.longValue());
    }
  }

  private static void number(JsonGenerator g, String name, Integer v) throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v.intValue());
    }
  }

  private static void decimal(
      JsonGenerator g, SerializerProvider p, JsonSerializer<Object> d, String name, BigDecimal v)
      throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      d.serialize(v, g, p);
    }
  }
}
