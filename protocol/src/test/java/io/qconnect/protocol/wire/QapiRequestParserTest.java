package io.qconnect.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QapiRequestParserTest {
  private final QapiRequestParser parser = new QapiRequestParser();

  @Test
  void finds_the_key_header_in_any_case() {
    QapiRequest r =
        parser
            .parse(
                "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/ShippingBasic.GetShippingInfo_v3",
                null,
                "ShippingStatus=2",
                Map.of("giosiscertificationkey", "K1"))
            .orElseThrow();
    assertThat(r.key()).contains("K1");
  }

  @Test
  void prefers_the_header_key_over_the_key_parameter() {
    QapiRequest r =
        parser
            .parse(
                "/x/ebayjapan.qapi/ShippingBasic.SetSendingInfo",
                "key=FROM-QUERY",
                null,
                Map.of("GiosisCertificationKey", "FROM-HEADER"))
            .orElseThrow();
    assertThat(r.key()).contains("FROM-HEADER");
    assertThat(r.params().has("key")).isFalse();
  }

  @Test
  void merges_query_and_form_and_lets_the_query_win() {
    QapiRequest r =
        parser
            .parse(
                "/x/ebayjapan.qapi",
                "method=ItemsLookup.GetItemDetailInfo&ItemCode=111",
                "ItemCode=222&SellerCode=S-1",
                Map.of())
            .orElseThrow();
    assertThat(r.fullMethodName()).isEqualTo("ItemsLookup.GetItemDetailInfo");
    assertThat(r.params().asMap())
        .containsExactly(Map.entry("ItemCode", "111"), Map.entry("SellerCode", "S-1"));
  }

  @Test
  void the_names_qapi_itself_reads_never_reach_the_method_whatever_their_case() {
    QapiRequest r =
        parser
            .parse(
                "/x/ebayjapan.qapi",
                "METHOD=ItemsLookup.GetItemDetailInfo&Key=k1&ReturnType=xml&V=1.1&ItemCode=1",
                "key=k2&ItemCode=2&returntype=json&Page=3",
                Map.of())
            .orElseThrow();
    assertThat(r.fullMethodName()).isEqualTo("ItemsLookup.GetItemDetailInfo");
    assertThat(r.key()).contains("k1");
    assertThat(r.returnType()).isEqualTo(ReturnType.XML);
    assertThat(r.version()).isEqualTo("1.1");
    assertThat(r.params().asMap())
        .containsExactly(Map.entry("ItemCode", "1"), Map.entry("Page", "3"));
  }

  @Test
  void reads_parameters_ignoring_the_case_of_their_names() {
    QapiParams p = QapiParams.parseForm("Search_Sdate=20260101&search_edate=20260131");
    assertThat(p.text("search_Sdate")).isEqualTo("20260101");
    assertThat(p.text("SEARCH_EDATE")).isEqualTo("20260131");
  }

  @Test
  void decodes_plus_and_percent_encoded_japanese() {
    QapiParams p =
        QapiParams.parseForm("ShippingCorp=%E3%83%A4%E3%83%9E%E3%83%88&memo=a+b&bad=%zz");
    assertThat(p.text("ShippingCorp")).isEqualTo("ヤマト");
    assertThat(p.text("memo")).isEqualTo("a b");
    assertThat(p.text("bad")).isEqualTo("%zz");
  }

  @Test
  void takes_the_version_from_the_header_or_v_and_defaults_to_1_0() {
    assertThat(
            parser
                .parse("/a/Giosis.qapi", "v=1.2&method=A.B", null, Map.of())
                .orElseThrow()
                .version())
        .isEqualTo("1.2");
    assertThat(
            parser
                .parse("/a/Giosis.qapi/A.B", null, null, Map.of("QAPIVersion", "1.1"))
                .orElseThrow()
                .version())
        .isEqualTo("1.1");
    assertThat(parser.parse("/a/Giosis.qapi/A.B", null, null, Map.of()).orElseThrow().version())
        .isEqualTo("1.0");
  }

  @Test
  void reads_every_return_type_spelling() {
    assertThat(ReturnType.fromParameter("xml")).isEqualTo(ReturnType.XML);
    assertThat(ReturnType.fromParameter("text/xml")).isEqualTo(ReturnType.XML);
    assertThat(ReturnType.fromParameter("json")).isEqualTo(ReturnType.JSON);
    assertThat(ReturnType.fromParameter("application/json")).isEqualTo(ReturnType.JSON);
    assertThat(ReturnType.fromParameter(null)).isEqualTo(ReturnType.JSON);
  }

  @Test
  void a_path_without_a_qapi_segment_is_not_a_qapi_call() {
    assertThat(parser.parse("/health", null, null, Map.of())).isEmpty();
  }

  @Test
  void matches_method_names_ignoring_case_including_the_suffix() {
    assertThat(QapiMethod.find("shippingbasic", "GETSHIPPINGINFO_V3"))
        .contains(QapiMethod.GET_SHIPPING_INFO_V3);
    assertThat(QapiMethod.find("ShippingBasic", "GetClaimInfo_v3"))
        .contains(QapiMethod.GET_CLAIM_INFO_V3);
    assertThat(QapiMethod.find("ItemsBasic", "UpdateGoodsPrice")).isEmpty();
  }

  @Test
  void never_prints_the_key() {
    QapiRequest r =
        parser.parse("/a/ebayjapan.qapi/A.B", "key=SECRET-KEY&pwd=x", null, Map.of()).orElseThrow();
    assertThat(r.toString()).doesNotContain("SECRET-KEY").contains("key=***").doesNotContain("=x");
  }
}
