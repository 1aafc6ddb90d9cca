package io.qconnect.protocol.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.qconnect.protocol.wire.QapiCodec;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ResultShape;
import io.qconnect.protocol.wire.ReturnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingInfoV3RowJsonTest {
  private static final String ROW =
      """
      {"ShippingStatus":"On request(2)","SellerID":"demo-shop","PackNo":612345678,
      "OrderDate":"2026-01-10 14:03:21","PaymentDate":"2026-01-10 14:05:02",
      "Buyer":"山田 太郎","BuyerEmail":"taro\\"yamada@example.jp","OrderNo":1023456789,
      "ItemTitle":"オーガニック\\nコットンTシャツ","OrderPrice":2980.00,"OrderQty":2,
      "Discount":12.5,"Total":0,"SellerDiscount":0.00,"ShippingRate":100,
      "SettlePrice":5364,"Material":"綿100%","AvailableShippingDate":"2026-01-13"}""";

  /** The bean serializer the row had before it got its own writer. */
  @JsonSerialize(using = JsonSerializer.None.class)
  private interface Bean {}

  @Test
  void a_row_is_written_as_the_bean_serializer_wrote_it_as_tree_and_straight() throws Exception {
    ShippingInfoV3Row row = QapiJson.mapper().readValue(ROW, ShippingInfoV3Row.class);
    ShippingInfoV3Row empty = QapiJson.mapper().readValue("{}", ShippingInfoV3Row.class);
    ObjectMapper bean = QapiJson.mapper().copy().addMixIn(ShippingInfoV3Row.class, Bean.class);
    ObjectMapper beanTreeLike =
        QapiJson.treeLike().copy().addMixIn(ShippingInfoV3Row.class, Bean.class);
    for (ShippingInfoV3Row r : List.of(row, empty)) {
      assertThat(QapiJson.mapper().writeValueAsString(r)).isEqualTo(bean.writeValueAsString(r));
      assertThat(QapiJson.mapper().valueToTree(r).toString())
          .isEqualTo(bean.valueToTree(r).toString());
      assertThat(QapiJson.treeLike().writeValueAsString(r))
          .isEqualTo(beanTreeLike.writeValueAsString(r))
          .isEqualTo(bean.valueToTree(r).toString());
    }
    assertThat(QapiJson.treeLike().writeValueAsString(row))
        .contains("\"OrderPrice\":2980,")
        .contains("\"Discount\":12.5,")
        .contains("\"SellerDiscount\":0,");
  }

  @Test
  void an_answer_of_rows_is_the_same_written_straight_or_as_a_tree() {
    QapiCodec codec = new QapiCodec();
    List<ShippingInfoV3Row> rows;
    try {
      rows =
          List.of(
              QapiJson.mapper().readValue(ROW, ShippingInfoV3Row.class),
              QapiJson.mapper().readValue("{}", ShippingInfoV3Row.class));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    ResultShape shape = ResultShape.list("ShippingInfo");
    QapiResponse direct = QapiResponse.Custom.ofValue(0, "SUCCESS", rows, shape);
    QapiResponse tree = new QapiResponse.Custom(0, "SUCCESS", QapiCodec.tree(rows), shape);
    for (ReturnType type : ReturnType.values()) {
      assertThat(codec.encode(direct, type).text()).isEqualTo(codec.encode(tree, type).text());
    }
  }
}
