package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDetailTest {
  private static final String ROW =
      """
      {"ShippingStatus":"On request(2)","SellerID":"demo-shop","PackNo":612345678,
      "OrderDate":"2026-01-10 14:03:21","PaymentDate":"2026-01-10 14:05:02",
      "EstimatedShippingDate":"2026-01-13 00:00:00","ShippingDate":"","DeliveredDate":"",
      "Buyer":"山田 太郎","BuyerKana":"ヤマダ タロウ","BuyerTel":"+81-3-1234-5678",
      "BuyerEmail":"taro\\"yamada@example.jp","OrderNo":1023456789,"ItemNo":"1098765432",
      "SellerItemCode":"TSHIRT-001","ItemTitle":"オーガニック\\nコットンTシャツ",
      "Option":"カラー:ブルー / サイズ:L","OptionCode":"TS-BLU-L","OrderPrice":2980.00,
      "OrderQty":2,"Discount":12.5,"Total":5960,"Receiver":"山田 太郎","ZipCode":"150-0001",
      "Address1":"東京都渋谷区","Address2":"神宮前1-2-3","ShippingMessage":"置き配希望",
      "PaymentMethod":"Credit Card","SellerDiscount":0,"Currency":"JPY","ShippingRate":100,
      "RelatedOrder":"1023456789,1023456790","DeliveryCompany":"ヤマト運輸",
      "CartDiscountSeller":0.00,"SettlePrice":5364,"TrackingNo":"1234-5678",
      "Material":"綿100%","AvailableSendType":"0","AvailableShippingDate":"2026-01-13"}""";

  @Test
  void detail_is_written_as_the_row_tree_without_the_column_fields() throws Exception {
    OrderLineView v =
        QapiJson.mapper().readValue(ROW, ShippingInfoV3Row.class).toView(ShippingStatus.ON_REQUEST);

    ObjectNode tree = QapiJson.mapper().valueToTree(ShippingInfoV3Row.from(v));
    List.of(
            "ShippingStatus",
            "EstimatedShippingDate",
            "ShippingDate",
            "DeliveredDate",
            "DeliveryCompany",
            "TrackingNo")
        .forEach(tree::remove);

    assertThat(LineMerge.detail(v)).isEqualTo(tree.toString()).contains("\"OrderPrice\":2980,");
  }
}
