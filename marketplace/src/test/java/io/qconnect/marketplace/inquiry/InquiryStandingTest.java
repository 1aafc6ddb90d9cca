package io.qconnect.marketplace.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unanswered inquiry counts in the seller's standing until the seller answers it over QAPI. */
class InquiryStandingTest {
  @TestMarketplace MarketplaceServer server;

  private int unanswered(String sellerId) {
    var sellers = server.market.sellers();
    return sellers.standing(sellers.get(sellerId)).unansweredInquiries();
  }

  @Test
  void an_unanswered_inquiry_counts_in_the_standing_until_it_is_answered() {
    QapiSeller seller = server.seller("inq-shop");
    assertThat(unanswered("inq-shop")).isZero();
    String body =
        server
            .sandbox(
                "POST",
                "/sandbox/inquiries",
                "{\"sellerId\":\"inq-shop\",\"type\":\"MSG\",\"title\":\"在庫\",\"contents\":\"再入荷しますか？\"}")
            .body();
    String question = body.replaceAll("(?s).*\"questionNo\":(\\d+).*", "$1");
    assertThat(unanswered("inq-shop")).isEqualTo(1);
    var r =
        seller.call(
            QapiMethod.SET_INQUIRY_MESSAGE,
            QapiParams.of(
                Map.of(
                    "inq_type",
                    "MSG",
                    "question_no",
                    question,
                    "seq_no",
                    "1",
                    "contents",
                    "来週入荷します。")));
    assertThat(r.codeOrNull()).isZero();
    assertThat(unanswered("inq-shop")).isZero();
  }

  @Test
  void the_sandbox_refuses_an_inquiry_for_a_seller_that_does_not_exist() {
    var r =
        server.sandbox(
            "POST",
            "/sandbox/inquiries",
            "{\"sellerId\":\"nobody\",\"type\":\"MSG\",\"title\":\"t\",\"contents\":\"c\"}");
    assertThat(r.statusCode()).isEqualTo(400);
  }
}
