package io.qconnect.app.hostile;

import io.qconnect.protocol.wire.QapiMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the hostile-input cases, as data, for every QAPI method, every {@code /api} and {@code
 * /sandbox} route and every console form. Nothing is random: the same fixture gives the same cases
 * in the same order.
 */
final class HostileInputs {
  static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  /** What the cases refer to: the keys, orders and items the suite prepared. */
  record Fixture(
      String sellerId,
      String password,
      String apiKey,
      String certKey,
      long orderNo,
      long cancelOrderNo,
      long consoleOrderNo,
      String itemCode,
      String sellerCode,
      String optionItemCode,
      String optionSellerCode,
      LocalDate today,
      String shopId,
      long pendingRequestId,
      long rejectRequestId,
      String staffTargetSeller,
      String qapiUrl) {}

  /** A bad value: its name, the text, and how it travels in a form or query (percent-encoded). */
  record Value(String name, String text, String encoded) {
    static Value of(String name, String text) {
      return new Value(name, text, enc(text));
    }

    /** A value whose encoding is deliberately broken or not UTF-8 (sent exactly as given). */
    static Value rawEncoded(String name, String encoded) {
      return new Value(name, null, encoded);
    }

    boolean huge() {
      return encoded.length() > 4000;
    }
  }

  static final String HUGE = "A".repeat(100_000);

  /**
   * The values a password gets: every wrong password costs a PBKDF2 hash (hundreds of thousands of
   * rounds), so passwords get one value of each kind rather than all of them.
   */
  static final java.util.Set<String> HASHED_VALUES =
      java.util.Set.of(
          "empty",
          "huge 100 KB",
          "huge multibyte",
          "100 KB",
          "5000 characters",
          "NUL",
          "CRLF",
          "control characters",
          "invalid UTF-8 FF FE",
          "lone surrogate",
          "sql injection",
          "jndi");

  /** The bad values every parameter gets (besides being left out). */
  static List<Value> values() {
    List<Value> v = new ArrayList<>();
    v.add(Value.of("empty", ""));
    v.add(Value.of("blank", "   "));
    v.add(Value.of("huge 100 KB", HUGE));
    v.add(Value.of("huge multibyte", "あ".repeat(34_000)));
    v.add(Value.of("text", "abc"));
    v.add(Value.of("boolean", "true"));
    v.add(Value.of("decimal", "1.5"));
    v.add(Value.of("json array", "[1,2]"));
    v.add(Value.of("json object", "{\"a\":1}"));
    v.add(Value.of("overflow", "99999999999999999999"));
    v.add(Value.of("negative overflow", "-99999999999999999999"));
    v.add(Value.of("int overflow", "2147483648"));
    v.add(Value.of("long overflow", "9223372036854775808"));
    v.add(Value.of("minus one", "-1"));
    v.add(Value.of("zero", "0"));
    v.add(Value.of("exponent", "1e309"));
    v.add(Value.of("NaN", "NaN"));
    v.add(Value.of("date Feb 30", "2026-02-30"));
    v.add(Value.of("date 20260230", "20260230"));
    v.add(Value.of("date 99999999", "99999999"));
    v.add(Value.of("date 00000000", "00000000"));
    v.add(Value.of("datetime 99991231235959", "99991231235959"));
    v.add(Value.of("sql injection", "' OR 1=1 --"));
    v.add(Value.of("script", "<script>alert(1)</script>"));
    v.add(Value.of("jndi", "${jndi:ldap://127.0.0.1:1/a}"));
    v.add(Value.of("path traversal", "../../etc/passwd"));
    v.add(Value.of("format string", "%s%n%x%d"));
    v.add(Value.of("right-to-left override", "\u202Eabc"));
    v.add(Value.of("NUL", "a\u0000b"));
    v.add(Value.of("CRLF", "a\r\nX-Injected: 1"));
    v.add(Value.of("escape", "\u001b[31mred"));
    v.add(Value.rawEncoded("invalid UTF-8 FF FE", "%FF%FE"));
    v.add(Value.rawEncoded("lone surrogate", "%ED%A0%80"));
    v.add(Value.rawEncoded("overlong slash", "%C0%AF"));
    v.add(Value.rawEncoded("stray percent", "%zz%"));
    return List.copyOf(v);
  }

  // ---------------------------------------------------------------- QAPI

  /** The valid parameters of each method, which the cases then spoil one at a time. */
  static Map<QapiMethod, Map<String, String>> qapiBase(Fixture f) {
    String from = f.today().minusDays(7).format(YMD);
    String to = f.today().format(YMD);
    String est = f.today().plusDays(3).format(YMD);
    String order = Long.toString(f.orderNo());
    Map<QapiMethod, Map<String, String>> m = new LinkedHashMap<>();
    m.put(QapiMethod.CREATE_CERTIFICATION_KEY, p("user_id", f.sellerId(), "pwd", f.password()));
    m.put(
        QapiMethod.GET_SHIPPING_INFO_V3,
        p(
            "ShippingStatus",
            "2",
            "SearchStartDate",
            from,
            "SearchEndDate",
            to,
            "SearchCondition",
            "1"));
    m.put(
        QapiMethod.GET_SHIPPING_INFO_V2,
        p("ShippingStat", "2", "search_Sdate", from, "search_Edate", to, "search_condition", "1"));
    m.put(QapiMethod.GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2, p("OrderNo", order));
    m.put(
        QapiMethod.SET_SELLER_CHECK_YN_V2,
        p("OrderNo", order, "EstShipDt", est, "DelayType", "1", "DelayMemo", "遅延します"));
    m.put(
        QapiMethod.SET_SELLER_CHECK_YN_BULK,
        p(
            "SendPlanDtInfoJson",
            "[{\"OrderNo\":" + order + ",\"EstShipDt\":\"" + est + "\",\"DelayType\":\"1\"}]"));
    m.put(
        QapiMethod.SET_SENDING_INFO,
        p("OrderNo", order, "ShippingCorp", "ヤマト運輸", "TrackingNo", "123456789012"));
    m.put(
        QapiMethod.SET_SENDING_INFO_BULK,
        p(
            "ShippingInfoJson",
            "[{\"OrderNo\":"
                + order
                + ",\"ShippingCorp\":\"ヤマト運輸\",\"TrackingNo\":\"123456789012\"}]"));
    m.put(
        QapiMethod.GET_CLAIM_INFO_V3,
        p("ClaimStat", "", "search_Sdate", from, "search_Edate", to, "search_condition", "1"));
    m.put(
        QapiMethod.SET_CANCEL_PROCESS,
        p("ContrNo", Long.toString(f.cancelOrderNo()), "CancelReason", "1", "SellerMemo", "在庫切れ"));
    m.put(
        QapiMethod.GET_SHIPPING_INFO,
        p("ShippingStat", "2", "search_Sdate", from, "search_Edate", to, "search_condition", "1"));
    m.put(
        QapiMethod.GET_SHIPPING_INFO_LOGISTICS,
        p(
            "ShippingStatus",
            "2",
            "SearchStartDate",
            from,
            "SearchEndDate",
            to,
            "SearchCondition",
            "1",
            "ReceiverInfoEditYN",
            "N"));
    m.put(
        QapiMethod.GET_CLAIM_INFO,
        p("ClaimStat", "", "search_Sdate", from, "search_Edate", to, "search_condition", "1"));
    m.put(
        QapiMethod.GET_CLAIM_INFO_V2,
        p("ClaimStat", "", "search_Sdate", from, "search_Edate", to, "search_condition", "1"));
    m.put(QapiMethod.SET_SENDING_COMPLETE, p("OrderNo", order));
    m.put(
        QapiMethod.SET_CLAIM_ACCEPT,
        p(
            "orderNo",
            order,
            "seller_name",
            "返品受付",
            "seller_zip_code",
            "1500001",
            "seller_front_address",
            "東京都渋谷区",
            "seller_back_address",
            "1-2-3",
            "seller_hp_no",
            "090-0000-0000",
            "seller_tel_no",
            "03-0000-0000"));
    m.put(
        QapiMethod.SET_CLAIM_REDELIVERY,
        p(
            "orderNo",
            order,
            "redelivery_date",
            f.today().plusDays(2).toString(),
            "invoice_no",
            "123456789012",
            "del_comapny_name",
            "佐川急便",
            "rcv_name",
            "山田太郎",
            "rcv_zip_code",
            "1500001",
            "rcv_front_address",
            "東京都渋谷区",
            "rcv_back_address",
            "1-2-3",
            "rcv_hp_no",
            "090-0000-0000",
            "rcv_tel_no",
            "03-0000-0000"));
    m.put(QapiMethod.GET_ALL_GOODS_INFO, p("ItemStatus", "S2", "Page", "1"));
    m.put(
        QapiMethod.GET_ITEM_DETAIL_INFO, p("ItemCode", f.itemCode(), "SellerCode", f.sellerCode()));
    m.put(
        QapiMethod.GET_GOODS_INVENTORY_INFO,
        p("ItemCode", f.optionItemCode(), "SellerCode", f.optionSellerCode()));
    Map<String, String> goods = goods("HOSTILE-NEW");
    m.put(QapiMethod.SET_NEW_GOODS, goods);
    Map<String, String> update = new LinkedHashMap<>();
    update.put("ItemCode", f.itemCode());
    update.putAll(goods(f.sellerCode()));
    m.put(QapiMethod.UPDATE_GOODS, update);
    m.put(
        QapiMethod.EDIT_GOODS_STATUS,
        p("ItemCode", f.itemCode(), "SellerCode", f.sellerCode(), "Status", "2"));
    m.put(
        QapiMethod.SET_GOODS_PRICE_QTY,
        p(
            "ItemCode",
            f.itemCode(),
            "SellerCode",
            f.sellerCode(),
            "Price",
            "2980",
            "Qty",
            "20",
            "ExpireDate",
            f.today().plusYears(1).toString(),
            "TaxRate",
            "10"));
    m.put(
        QapiMethod.SET_GOODS_PRICE_QTY_BULK,
        p(
            "ItemInfoJson",
            "[{\"ItemCode\":\""
                + f.itemCode()
                + "\",\"Price\":2980,\"Qty\":20,\"ExpireDate\":\"\",\"TaxRate\":\"10\"}]"));
    m.put(
        QapiMethod.EDIT_GOODS_INVENTORY,
        p(
            "ItemCode",
            f.optionItemCode(),
            "SellerCode",
            f.optionSellerCode(),
            "InventoryInfo",
            "カラー||*ブルー||*0||*10||*H-BLU$$カラー||*レッド||*100||*5||*H-RED"));
    Map<String, String> unit =
        p(
            "ItemCode",
            f.optionItemCode(),
            "SellerCode",
            f.optionSellerCode(),
            "OptionName",
            "カラー",
            "OptionValue",
            "グリーン",
            "OptionCode",
            "H-GRN",
            "Price",
            "0",
            "Qty",
            "3");
    m.put(QapiMethod.INSERT_INVENTORY_DATA_UNIT, unit);
    m.put(QapiMethod.UPDATE_INVENTORY_DATA_UNIT, unit);
    Map<String, String> delete = new LinkedHashMap<>(unit);
    delete.remove("Price");
    delete.remove("Qty");
    m.put(QapiMethod.DELETE_INVENTORY_DATA_UNIT, delete);
    Map<String, String> qty = new LinkedHashMap<>(unit);
    qty.remove("Price");
    m.put(QapiMethod.UPDATE_INVENTORY_QTY_UNIT, qty);
    Map<String, String> item = p("ItemCode", f.itemCode(), "SellerCode", f.sellerCode());
    Map<String, String> optItem =
        p("ItemCode", f.optionItemCode(), "SellerCode", f.optionSellerCode());
    m.put(QapiMethod.GET_GOODS_OPTION_INFO, item);
    m.put(QapiMethod.GET_SELLER_DELIVERY_GROUP_INFO, p());
    m.put(
        QapiMethod.EDIT_ITEM_CONDITION,
        with(
            item,
            "ItemCondition",
            "U",
            "UseCondition",
            "2",
            "UsedPeriod",
            "1年",
            "BriefExplain",
            "小傷あり"));
    m.put(
        QapiMethod.SET_GOODS_SUB_DELIVERY_GROUP,
        with(item, "AddSRcode1", "500002", "AddSRcode2", ""));
    m.put(QapiMethod.SET_ITEM_PROPERTY_INFO, with(item, "Attribute", "素材||*綿$$原産国||*日本"));
    m.put(
        QapiMethod.UPDATE_ITEM_DISCOUNT,
        with(
            item,
            "DiscountType",
            "1",
            "CostPrice",
            "10",
            "BeginDate",
            f.today().toString(),
            "EndDate",
            f.today().plusDays(7).toString()));
    m.put(
        QapiMethod.EDIT_GOODS_ORDER_LIMIT,
        with(
            item, "LimitType", "1", "LimitCnt", "3", "EndDate", f.today().plusDays(30).toString()));
    m.put(
        QapiMethod.EDIT_COMMON_GOODS_INVENTORY,
        p(
            "SellerCode",
            f.optionSellerCode(),
            "InventoryInfo",
            "カラー||*ブルー||*0||*10||*H-BLU$$カラー||*レッド||*100||*5||*H-RED"));
    m.put(
        QapiMethod.UPDATE_INVENTORY_QTY_PLUS_UNIT,
        with(optItem, "OptionName", "カラー", "OptionValue", "ブルー", "PlusQty", "2"));
    String bulkRow =
        "[{\"ItemCode\":\""
            + f.optionItemCode()
            + "\",\"OptionName\":\"カラー\",\"OptionValue\":\"グリーン\",\"OptionCode\":\"H-GRN\","
            + "\"Price\":0,\"Qty\":3}]";
    m.put(QapiMethod.INSERT_INVENTORY_DATA_BULK, p("ItemInfoJson", bulkRow));
    m.put(QapiMethod.UPDATE_INVENTORY_DATA_BULK, p("ItemInfoJson", bulkRow));
    m.put(QapiMethod.EDIT_GOODS_OPTION, with(item, "AdditionalOption", "ギフト包装||*あり||*300||*GIFT"));
    m.put(QapiMethod.EDIT_GOODS_TEXT_OPTION, with(item, "TextOptions", "名入れ||*1"));
    m.put(QapiMethod.EDIT_GOODS_CONTENTS, with(item, "Contents", "<p>説明</p>"));
    m.put(
        QapiMethod.EDIT_GOODS_IMAGE,
        with(
            item,
            "StandardImage",
            "https://example.jp/a.jpg",
            "VideoURL",
            "https://example.jp/v.mp4"));
    m.put(
        QapiMethod.EDIT_GOODS_MULTI_IMAGE,
        with(
            item,
            "EnlargedImage1",
            "https://example.jp/1.jpg",
            "EnlargedImage2",
            "https://example.jp/2.jpg"));
    m.put(
        QapiMethod.EDIT_GOODS_HEADER_FOOTER,
        with(
            item,
            "EditHeaderYN",
            "Y",
            "Header",
            "<p>上</p>",
            "EditFooterYN",
            "Y",
            "Footer",
            "<p>下</p>"));
    m.put(
        QapiMethod.EDIT_INVENTORY_IMAGE,
        with(optItem, "InventoryImage", "カラー||*ブルー||*https://example.jp/b.jpg"));
    m.put(
        QapiMethod.EDIT_ADDITIONAL_OPTION_IMAGE,
        with(item, "AdditionalOptionImage", "ギフト包装||*あり||*https://example.jp/g.jpg"));
    m.put(QapiMethod.GET_CATAGORY_LIST_ALL, p("lang_cd", "JA"));
    m.put(QapiMethod.SEARCH_BRAND, p("keyword", "リネン"));
    m.put(QapiMethod.SEARCH_MAKER, p("keyword", "静岡"));
    m.put(QapiMethod.COUPON_AUTH_BY_OUTER_TICKET_NO, p("OuterTicketNo", "QT" + order));
    m.put(QapiMethod.COUPON_CANCEL_BY_OUTER_TICKET_NO, p("OuterTicketNo", "QT" + order));
    m.put(
        QapiMethod.GET_INQUIRY_MESSAGE,
        p("search_start_dt", from, "search_end_dt", to, "proc_status", "S1"));
    m.put(
        QapiMethod.SET_INQUIRY_MESSAGE,
        p("inq_type", "HELP", "question_no", "70000001", "seq_no", "1", "contents", "明日発送します。"));
    for (QapiMethod report :
        List.of(
            QapiMethod.GET_SELLING_REPORT_DETAIL_LIST,
            QapiMethod.GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST,
            QapiMethod.GET_SELLING_REPORT_DISCOUNT_FEE_DETAIL_LIST)) {
      m.put(
          report,
          p(
              "SearchCondition",
              "1",
              "Search_Sdate",
              f.today().minusDays(7).toString(),
              "Search_Edate",
              f.today().toString(),
              "CartNo",
              "",
              "Currency",
              "JPY"));
    }
    m.put(
        QapiMethod.REQUEST_FILE_DOWNLOAD,
        p(
            "apply_type",
            "order",
            "email",
            "shop@example.jp",
            "target_from_dt",
            f.today().minusDays(7).toString().replace('-', '/'),
            "target_to_dt",
            f.today().toString().replace('-', '/')));
    if (m.size() != QapiMethod.values().length) {
      throw new IllegalStateException("a QAPI method has no base parameters");
    }
    return m;
  }

  /** SetNewGoods parameters of a valid single-SKU item (docs/qapi.md §7.4). */
  static Map<String, String> goods(String sellerCode) {
    return p(
        "SecondSubCat", "320001234",
        "ItemTitle", "オーガニックコットンTシャツ",
        "PromotionName", "春の新作",
        "SellerCode", sellerCode,
        "BrandNo", "",
        "ItemPrice", "2980",
        "RetailPrice", "3980",
        "TaxRate", "10",
        "ItemQty", "20",
        "ExpireDate", "",
        "ShippingNo", "0",
        "AvailableDateType", "0",
        "AvailableDateValue", "3",
        "ProductionPlaceType", "1",
        "ProductionPlace", "TOKYO",
        "IndustrialCodeType", "J",
        "IndustrialCode", "4901234567894",
        "ModelNM", "M-1",
        "Material", "綿",
        "AdultYN", "N",
        "ContactInfo", "03-0000-0000",
        "Keyword", "Tシャツ,コットン",
        "StandardImage", "https://example.jp/a.jpg",
        "ItemDescription", "<p>説明</p>",
        "ItemType", "");
  }

  /** Every QAPI case. */
  static List<HostileCase> qapi(Fixture f) {
    List<HostileCase> out = new ArrayList<>();
    List<Value> values = values();
    Map<QapiMethod, Map<String, String>> bases = qapiBase(f);
    for (Map.Entry<QapiMethod, Map<String, String>> e : bases.entrySet()) {
      QapiMethod m = e.getKey();
      Map<String, String> base = e.getValue();
      String key = m == QapiMethod.CREATE_CERTIFICATION_KEY ? f.apiKey() : f.certKey();
      int n = 0;
      for (String param : base.keySet()) {
        out.add(qapiCall(m, key, "missing " + param, without(base, param), n++));
        for (Value v : values) {
          if (param.equals("pwd") && !HASHED_VALUES.contains(v.name())) {
            continue;
          }
          String form = form(base, param, v.encoded());
          int style = v.huge() ? 0 : n;
          out.add(qapiCall(m, key, param + " " + v.name(), form, style));
          n++;
        }
      }
      out.addAll(qapiKeys(m, encodeAll(base), f));
      out.addAll(qapiTransport(m, key, encodeAll(base)));
      if (m.fullName().contains("Bulk")) {
        out.addAll(qapiBulk(m, key, base));
      }
    }
    out.addAll(qapiRouting(f));
    return out;
  }

  /**
   * One call in one of the three request styles (docs/qapi.md §1.2), chosen by {@code style}; every
   * fourth asks for XML.
   */
  private static HostileCase qapiCall(
      QapiMethod m, String key, String name, String form, int style) {
    String rt = style % 4 == 3 ? "returnType=xml" : "returnType=application/json";
    HostileCase.Builder b = HostileCase.of("qapi", m.fullName(), name);
    switch (style % 3) {
      case 0 ->
          b.request("POST", QAPI + "/" + m.fullName())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("GiosisCertificationKey", key)
              .header("QAPIVersion", "1.1")
              .body(join(rt, form));
      case 1 ->
          b.request(
              "GET",
              QAPI + "?" + join("v=1.0", rt, "method=" + m.fullName(), "key=" + enc(key), form));
      default ->
          b.request("POST", QAPI + "/" + m.fullName() + "?key=" + enc(key))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .body(join(rt, form));
    }
    return b.build();
  }

  /** The key spoiled: missing, blank, garbage, huge, the API key where a certification key goes. */
  private static List<HostileCase> qapiKeys(QapiMethod m, String form, Fixture f) {
    List<HostileCase> out = new ArrayList<>();
    String[][] keys = {
      {"no key", null},
      {"blank key", "  "},
      {"garbage key", "not-a-key"},
      {"huge key", "K".repeat(8000)},
      {"key with CRLF", "abc\r\nX-Injected: 1"},
      {"key sql injection", "' OR 1=1 --"},
      {"other kind of key", m == QapiMethod.CREATE_CERTIFICATION_KEY ? f.certKey() : f.apiKey()},
    };
    for (String[] k : keys) {
      HostileCase.Builder b =
          HostileCase.of("qapi", m.fullName(), k[0])
              .request("POST", QAPI + "/" + m.fullName())
              .header("Content-Type", "application/x-www-form-urlencoded");
      String body = join("returnType=json", form);
      if (k[1] != null) {
        body = join("key=" + enc(k[1]), body);
      }
      out.add(b.body(body).build());
    }
    return out;
  }

  /** Every content type with every HTTP method. */
  private static List<HostileCase> qapiTransport(QapiMethod m, String key, String form) {
    List<HostileCase> out = new ArrayList<>();
    String json = "{\"returnType\":\"json\",\"key\":\"" + key + "\"}";
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<request><key>"
            + key
            + "</key><v>&e;</v></request>";
    String boundary = "hostileBoundary7";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n"
            + key
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"returnType\"\r\n\r\n"
            + "json\r\n--"
            + boundary
            + "--\r\n";
    String[][] types = {
      {
        "form",
        "application/x-www-form-urlencoded",
        join("key=" + enc(key), "returnType=json", form)
      },
      {"json", "application/json", json},
      {"xml", "application/xml", xml},
      {"multipart", "multipart/form-data; boundary=" + boundary, multipart},
      {"no content type", null, join("key=" + enc(key), form)},
      {"form in latin-1", "application/x-www-form-urlencoded; charset=ISO-8859-1", "key=%E9"},
    };
    String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    for (String[] t : types) {
      for (String method : methods) {
        HostileCase.Builder b =
            HostileCase.of("qapi", m.fullName(), method + " " + t[0])
                .request(method, QAPI + "/" + m.fullName());
        if (t[1] != null) {
          b.header("Content-Type", t[1]);
        }
        if (!method.equals("HEAD") && !method.equals("GET")) {
          b.body(t[2]);
        } else if (method.equals("GET")) {
          b.request(method, QAPI + "/" + m.fullName() + "?key=" + enc(key));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** Bulk fields: not arrays, too many rows, deep nesting, rows with bad members. */
  private static List<HostileCase> qapiBulk(QapiMethod m, String key, Map<String, String> base) {
    String field = base.keySet().iterator().next();
    String row = base.get(field).substring(1, base.get(field).length() - 1);
    List<Value> bulk = new ArrayList<>();
    bulk.add(
        Value.of(
            "501 rows", "[" + String.join(",", java.util.Collections.nCopies(501, row)) + "]"));
    bulk.add(Value.of("deep nesting", "[".repeat(5000) + "]".repeat(5000)));
    bulk.add(Value.of("nested objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
    bulk.add(Value.of("array of nulls", "[null,null]"));
    bulk.add(Value.of("array of numbers", "[1,2,3]"));
    bulk.add(Value.of("array of strings", "[\"a\"]"));
    bulk.add(Value.of("empty array", "[]"));
    bulk.add(Value.of("truncated", "[{\"OrderNo\":"));
    bulk.add(Value.of("row of nulls", "[{\"OrderNo\":null,\"ItemCode\":null,\"EstShipDt\":null}]"));
    bulk.add(
        Value.of(
            "row of wrong types",
            "[{\"OrderNo\":[1],\"ItemCode\":{},\"Price\":\"x\",\"Qty\":true}]"));
    bulk.add(
        Value.of(
            "row overflow",
            "[{\"OrderNo\":99999999999999999999,\"ItemCode\":\"1\",\"Price\":1e400,\"Qty\":99999999999}]"));
    bulk.add(
        Value.of(
            "row huge string", "[{\"OrderNo\":\"" + HUGE + "\",\"ItemCode\":\"" + HUGE + "\"}]"));
    bulk.add(Value.of("row unknown fields", "[{\"Bogus\":1}]"));
    bulk.add(Value.of("duplicate keys", "[{\"OrderNo\":1,\"OrderNo\":2}]"));
    List<HostileCase> out = new ArrayList<>();
    int n = 0;
    for (Value v : bulk) {
      out.add(
          qapiCall(
              m, key, field + " " + v.name(), form(base, field, v.encoded()), v.huge() ? 0 : n++));
    }
    return out;
  }

  /** Unknown classes and methods, odd service names, path tricks. */
  private static List<HostileCase> qapiRouting(Fixture f) {
    String[] paths = {
      QAPI,
      QAPI + "/",
      QAPI + "/NoSuchClass.NoSuchMethod",
      QAPI + "/ShippingBasic.NoSuchMethod",
      QAPI + "/ShippingBasic",
      QAPI + "/.",
      QAPI + "/..%2F..%2Fetc%2Fpasswd",
      QAPI + "/%FF%FE.%00",
      QAPI + "/ShippingBasic.GetShippingInfo_v3%0d%0aX-Injected:%201",
      QAPI + "/" + "A".repeat(6000) + ".B",
      "/GMKT.INC.Front.QAPIService/Giosis.qapi/ItemsLookup.GetAllGoodsInfo",
      "/GMKT.INC.Front.QAPIService/ItemsLookup.qapi/GetAllGoodsInfo",
      "/GMKT.INC.Front.QAPIService/nothing",
      "/GMKT.INC.Front.QAPIService/",
      "/GMKT.INC.Front.QAPIService/ebayjapan.qapi/ItemsContents.EditGoodsContents",
      QAPI + "?method=" + enc("' OR 1=1 --"),
      QAPI + "?method=%FF%FE",
      QAPI + "?method=" + "x".repeat(3000),
      QAPI + "?method=ShippingBasic.GetShippingInfo_v3&method=Claim.SetCancelProcess",
      QAPI + "?method=ShippingBasic.GetShippingInfo_v3&key=" + enc(f.certKey()) + "&key=bogus",
    };
    List<HostileCase> out = new ArrayList<>();
    int i = 0;
    for (String path : paths) {
      for (String method : new String[] {"GET", "POST"}) {
        HostileCase.Builder b =
            HostileCase.of("qapi", "routing", "path " + i + " " + method)
                .request(method, path)
                .header("GiosisCertificationKey", f.certKey());
        if (method.equals("POST")) {
          b.header("Content-Type", "application/x-www-form-urlencoded").body("returnType=json");
        }
        out.add(b.build());
      }
      i++;
    }
    return out;
  }

  // ---------------------------------------------------------------- JSON routes

  /** A JSON route: method, path, a valid body (null: no body expected), and a cleanup. */
  record Route(
      String method, String path, String body, String cleanup, String real, boolean authOnly) {
    Route(String method, String path, String body, String cleanup) {
      this(method, path, body, cleanup, null, false);
    }

    Route at(String realPath) {
      return new Route(method, path, body, cleanup, realPath, authOnly);
    }

    /** A route whose every authorised call destroys the fixture: only its refusals are sent. */
    Route refusalsOnly() {
      return new Route(method, path, body, cleanup, real, true);
    }
  }

  /** The bad JSON bodies: non-JSON, wrong shapes, nesting, and each field spoiled. */
  static List<Value> bodies(String valid) {
    List<Value> b = new ArrayList<>();
    b.add(Value.of("empty body", ""));
    b.add(Value.of("not JSON", "hello"));
    b.add(Value.of("truncated JSON", "{\"a\":"));
    b.add(Value.of("JSON null", "null"));
    b.add(Value.of("JSON number", "42"));
    b.add(Value.of("JSON string", "\"x\""));
    b.add(Value.of("array instead of object", "[" + (valid == null ? "{}" : valid) + "]"));
    b.add(Value.of("object instead of array", "{}"));
    b.add(Value.of("deep nesting", "[".repeat(3000) + "]".repeat(3000)));
    b.add(Value.of("deep objects", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
    b.add(Value.of("unknown field", "{\"bogus\":1}"));
    b.add(Value.of("trailing garbage", (valid == null ? "{}" : valid) + "}}"));
    b.add(Value.of("huge string field", "{\"bogus\":\"" + HUGE + "\"}"));
    b.add(Value.of("NUL in JSON", "{\"a\u0000\":1}"));
    b.add(Value.of("comment", "/* x */{}"));
    b.add(Value.of("single quotes", "{'a':1}"));
    b.add(Value.rawEncoded("invalid UTF-8", "{\"a\":\"\u00ff\u00fe\"}"));
    if (valid != null && valid.startsWith("{") && valid.length() > 2) {
      for (String field : fields(valid)) {
        for (String[] v : FIELD_VALUES) {
          b.add(Value.of(field + " " + v[0], replaceField(valid, field, v[1])));
        }
        b.add(Value.of(field + " missing", removeField(valid, field)));
      }
    }
    return b;
  }

  private static final String[][] FIELD_VALUES = {
    {"null", "null"},
    {"empty string", "\"\""},
    {"huge string", "\"" + "B".repeat(100_000) + "\""},
    {"number", "12345"},
    {"overflow", "99999999999999999999"},
    {"negative", "-1"},
    {"decimal", "1.5"},
    {"boolean", "true"},
    {"array", "[1,\"a\",null]"},
    {"object", "{\"x\":{\"y\":1}}"},
    {"numeric text", "\"99999999999999999999\""},
    {"impossible date", "\"2026-02-30\""},
    {"injection", "\"' OR 1=1 -- <script>alert(1)</script> ${jndi:ldap://127.0.0.1:1/a}\""},
    {"control characters", "\"a\\u0000b\\r\\nc\""},
    {"path traversal", "\"../../etc/passwd\""},
  };

  /** Top-level field names of a flat JSON object written by this class. */
  static List<String> fields(String json) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[{,]\"([A-Za-z]+)\":").matcher(topLevel(json));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The JSON with nested objects and arrays blanked out, so only top-level names match. */
  private static String topLevel(String json) {
    StringBuilder s = new StringBuilder();
    int depth = 0;
    for (char c : json.toCharArray()) {
      if (c == '{' || c == '[') {
        depth++;
      }
      s.append(depth <= 1 ? c : ' ');
      if (c == '}' || c == ']') {
        depth--;
      }
    }
    return s.toString();
  }

  private static int[] valueSpan(String json, String field) {
    String t = topLevel(json);
    int at = t.indexOf("\"" + field + "\":");
    int start = at + field.length() + 3;
    int depth = 0;
    boolean str = false;
    int i = start;
    for (; i < json.length(); i++) {
      char c = json.charAt(i);
      if (str) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          str = false;
        }
        continue;
      }
      if (c == '"') {
        str = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    return new int[] {at, start, i};
  }

  static String replaceField(String json, String field, String value) {
    int[] s = valueSpan(json, field);
    return json.substring(0, s[1]) + value + json.substring(s[2]);
  }

  static String removeField(String json, String field) {
    int[] s = valueSpan(json, field);
    int from = s[0];
    int to = s[2];
    if (to < json.length() && json.charAt(to) == ',') {
      to++;
    } else if (json.charAt(from - 1) == ',') {
      from--;
    }
    return json.substring(0, from) + json.substring(to);
  }

  private static final String[] PATH_VALUES = {
    "999999999",
    "99999999999999999999",
    "-1",
    "0",
    "abc",
    "%FF%FE",
    "%00",
    "%0d%0aX-Injected:%201",
    "..%2F..%2Fetc%2Fpasswd",
    "%27%20OR%201%3D1%20--",
    "%3Cscript%3E",
    "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%3A1%2Fa%7D",
    "C".repeat(5000),
    "%20",
  };

  /** The cases of a set of JSON routes on one surface, with their auth header. */
  static List<HostileCase> json(
      String surface, List<Route> routes, String authHeader, String authValue) {
    List<HostileCase> out = new ArrayList<>();
    for (Route r : routes) {
      String target = r.method() + " " + r.path();
      String path = r.path();
      String concrete = path.replaceAll("\\{[^}]+}", "%s");
      List<String> paths = new ArrayList<>();
      if (concrete.contains("%s")) {
        for (String v : PATH_VALUES) {
          paths.add(concrete.replace("%s", v));
        }
      }
      // the auth header spoiled
      for (String[] a :
          new String[][] {
            {"no token", null},
            {"wrong token", "wrong"},
            {"token one character longer", authValue + "x"},
            {"huge token", "T".repeat(6000)},
          }) {
        HostileCase.Builder b =
            HostileCase.of(surface, target, a[0])
                .request(r.method(), first(r, paths))
                .header("Content-Type", "application/json");
        if (a[1] != null) {
          b.header(authHeader, a[1]);
        }
        out.add(withBody(b, r.body()).cleanup(r.cleanup()).build());
      }
      if (r.authOnly()) {
        continue;
      }
      // path and query parameters spoiled, with the valid body
      for (String p : paths) {
        out.add(
            withBody(
                    HostileCase.of(surface, target, "path " + abbreviate(p))
                        .request(r.method(), p)
                        .header(authHeader, authValue)
                        .header("Content-Type", "application/json"),
                    r.body())
                .cleanup(r.cleanup())
                .build());
      }
      if (r.method().equals("GET")) {
        for (String q : new String[] {"shop", "status", "from", "to", "limit", "state", "file"}) {
          for (String v : PATH_VALUES) {
            out.add(
                HostileCase.of(surface, target, "query " + q + "=" + abbreviate(v))
                    .request("GET", first(r, paths) + "?" + q + "=" + v)
                    .header(authHeader, authValue)
                    .build());
          }
        }
      }
      // the body spoiled
      if (!r.method().equals("GET")) {
        for (Value v : bodies(r.body())) {
          HostileCase.Builder b =
              HostileCase.of(surface, target, v.name())
                  .request(r.method(), first(r, paths))
                  .header(authHeader, authValue)
                  .header("Content-Type", "application/json");
          if (v.text() == null) {
            b.bytes(v.encoded().getBytes(StandardCharsets.ISO_8859_1));
          } else {
            b.body(v.text());
          }
          out.add(b.cleanup(r.cleanup()).build());
        }
        for (String ct :
            new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
          out.add(
              withBody(
                      HostileCase.of(surface, target, "content type " + ct)
                          .request(r.method(), first(r, paths))
                          .header(authHeader, authValue)
                          .header("Content-Type", ct),
                      r.body() == null ? "a=1" : r.body())
                  .cleanup(r.cleanup())
                  .build());
        }
      }
    }
    return out;
  }

  /** The path a route's body cases go to: the valid path when it has no parameter. */
  private static String first(Route r, List<String> paths) {
    if (r.real() != null) {
      return r.real();
    }
    return r.path().contains("{") ? r.path().replaceAll("\\{[^}]+}", "x") : r.path();
  }

  private static HostileCase.Builder withBody(HostileCase.Builder b, String body) {
    return b.body(body == null ? "" : body);
  }

  /** The sandbox routes (marketplace/.../sandbox), with bodies that would be valid. */
  static List<Route> sandboxRoutes(Fixture f) {
    String order =
        "{\"sellerId\":\""
            + f.sellerId()
            + "\",\"lines\":[{\"itemCode\":\""
            + f.itemCode()
            + "\",\"optionCode\":\"\",\"qty\":1}],\"buyer\":{\"name\":\"山田\",\"zipCode\":\"1000001\"},"
            + "\"payment\":\"card\",\"paid\":false,\"desiredDelivery\":\"\",\"message\":\"m\",\"shippingFee\":0}";
    return List.of(
        new Route("POST", "/sandbox/reset", null, null).refusalsOnly(),
        new Route(
            "POST",
            "/sandbox/sellers",
            "{\"sellerId\":\"hx-seller\",\"password\":\"hx-pass-12345\",\"email\":\"hx@example.jp\","
                + "\"mainCategory\":\"ファッション\",\"reviewCompleted\":true,\"servicePoints\":0,"
                + "\"ftp\":false}",
            null),
        new Route("POST", "/sandbox/seed", "{\"seed\":99,\"sellers\":1,\"items\":1}", null),
        new Route("PUT", "/sandbox/items/{itemCode}/status", "{\"status\":\"S3\"}", null)
            .at("/sandbox/items/" + f.optionItemCode() + "/status"),
        new Route("GET", "/sandbox/clock", null, null),
        new Route(
            "PUT",
            "/sandbox/clock",
            "{\"now\":null,\"advance\":\"PT1S\",\"reset\":null}",
            "PUT /sandbox/clock {\"reset\":true}"),
        new Route(
            "POST",
            "/sandbox/faults",
            "{\"method\":\"NoSuch.Method\",\"fault\":\"error\",\"resultCode\":-10001,"
                + "\"delayMs\":0,\"times\":1,\"probability\":1.0,\"seed\":1}",
            "DELETE /sandbox/faults"),
        new Route("DELETE", "/sandbox/faults", null, null),
        new Route("GET", "/sandbox/faults", null, null),
        new Route("POST", "/sandbox/orders", order, null),
        new Route("POST", "/sandbox/orders/{orderNo}/pay", null, null)
            .at("/sandbox/orders/" + f.orderNo() + "/pay"),
        new Route("POST", "/sandbox/orders/{orderNo}/deliver", null, null)
            .at("/sandbox/orders/" + f.orderNo() + "/deliver"),
        new Route("POST", "/sandbox/orders/{orderNo}/cancel-request", "{\"reason\":\"r\"}", null)
            .at("/sandbox/orders/" + f.orderNo() + "/cancel-request"),
        new Route("POST", "/sandbox/orders/{orderNo}/exchange-request", "{\"reason\":\"r\"}", null)
            .at("/sandbox/orders/" + f.orderNo() + "/exchange-request"),
        new Route(
            "POST",
            "/sandbox/inquiries",
            "{\"sellerId\":\""
                + f.sellerId()
                + "\",\"type\":\"MSG\",\"title\":\"在庫\",\"contents\":\"再入荷しますか\","
                + "\"customerName\":\"山田\",\"itemCode\":\"\",\"itemTitle\":\"\",\"orderNo\":null,"
                + "\"claim\":false}",
            null),
        new Route("POST", "/sandbox/orders/{orderNo}/return-request", "{\"reason\":\"r\"}", null)
            .at("/sandbox/orders/" + f.orderNo() + "/return-request"),
        new Route("POST", "/sandbox/orders/{orderNo}/return-complete", null, null)
            .at("/sandbox/orders/" + f.orderNo() + "/return-complete"),
        new Route(
            "POST",
            "/sandbox/simulator",
            "{\"ordersPerMinute\":0.001,\"seed\":7}",
            "DELETE /sandbox/simulator"),
        new Route("DELETE", "/sandbox/simulator", null, null),
        new Route("GET", "/sandbox/simulator", null, null),
        new Route("POST", "/sandbox/simulator/orders", "{\"count\":0}", null),
        new Route(
            "POST",
            "/sandbox/notices",
            "{\"sellerId\":\""
                + f.sellerId()
                + "\",\"group\":\"NextEngine\",\"template\":4,\"to\":\"hx@example.jp\","
                + "\"use\":\"Y\",\"standby\":\"N\"}",
            null),
        new Route("GET", "/sandbox/notices", null, null)
            .at("/sandbox/notices?sellerId=" + f.sellerId()),
        new Route("GET", "/sandbox/notice-templates", null, null),
        new Route("GET", "/sandbox/mails", null, null));
  }

  /** The hub API routes (hub/.../api), with bodies that would be valid. */
  static List<Route> apiRoutes(Fixture f) {
    String shop =
        "{\"shopId\":\"hx-shop\",\"apiKey\":\"\",\"password\":\"p\","
            + "\"baseUrl\":\""
            + f.qapiUrl()
            + "\","
            + "\"statuses\":[2,3],\"lookbackDays\":7,\"intervalMinutes\":5,\"autoImport\":true,"
            + "\"autoConfirm\":false,\"confirmBusinessDays\":2,\"renewBeforeDays\":14}";
    String change =
        "{\"statuses\":[2,3],\"lookbackDays\":7,\"intervalMinutes\":5,\"autoImport\":false,"
            + "\"autoConfirm\":false,\"confirmBusinessDays\":2,\"renewBeforeDays\":14}";
    return List.of(
        new Route("GET", "/api/shops", null, null),
        new Route("POST", "/api/shops", shop, null),
        new Route("GET", "/api/shops/{id}", null, null),
        new Route("PATCH", "/api/shops/{id}", change, null).at("/api/shops/" + f.shopId()),
        new Route("DELETE", "/api/shops/{id}", null, null),
        new Route("POST", "/api/shops/{id}/auth", null, null),
        new Route("POST", "/api/shops/{id}/test", null, null),
        new Route(
                "POST",
                "/api/shops/{id}/sync",
                "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                null)
            .at("/api/shops/hx-none/sync"),
        new Route("GET", "/api/sync-runs", null, null),
        new Route("GET", "/api/alerts", null, null),
        new Route("GET", "/api/orders", null, null),
        new Route("GET", "/api/orders/{shop}/{orderNo}", null, null),
        new Route(
            "POST",
            "/api/orders/ship",
            "[{\"shop\":\"hx-none\",\"orderNo\":\"1\",\"carrier\":\"ヤマト運輸\",\"trackingNo\":\"1\"}]",
            null),
        new Route("POST", "/api/orders/ship.csv", null, null),
        new Route(
            "POST", "/api/orders/instruct", "{\"shop\":\"hx-none\",\"orderNos\":[\"1\"]}", null),
        new Route("GET", "/api/shipments", null, null),
        new Route("GET", "/api/shops/{id}/fulfilment", null, null),
        new Route(
                "PUT",
                "/api/shops/{id}/fulfilment",
                "{\"storageStatus\":\"NEW\",\"autoInstruct\":false,\"webhookUrl\":\"\","
                    + "\"webhookSecret\":\"\",\"csvExport\":false}",
                null)
            .at("/api/shops/hx-none/fulfilment"),
        new Route(
            "POST", "/api/orders/release", "{\"shop\":\"hx-none\",\"orderNos\":[\"1\"]}", null),
        new Route("GET", "/api/shops/{id}/instructions", null, null),
        new Route("GET", "/api/shops/{id}/instructions/waiting", null, null),
        new Route("POST", "/api/shops/{id}/instructions/export", null, null)
            .at("/api/shops/hx-none/instructions/export"),
        new Route("GET", "/api/backfills", null, null),
        new Route("GET", "/api/backfills/{id}", null, null),
        new Route("POST", "/api/backfills/{id}/cancel", null, null));
  }

  // ---------------------------------------------------------------- console

  /** A console form: who posts it, where, and its valid fields. */
  record Form(String as, String path, Map<String, String> fields) {}

  static List<Form> forms(Fixture f) {
    List<Form> out = new ArrayList<>();
    out.add(
        new Form("fresh", "/login", p("login", "hx-nobody", "password", "wrong", "next", "/qsm")));
    out.add(new Form("fresh", "/logout", p("_back", "/")));
    out.add(
        new Form(
            "seller",
            "/qsm/permissions/request",
            p(
                "kind", "FTP",
                "email", "hx@example.jp",
                "category", "ファッション",
                "purpose", "在庫連携",
                "company", "株式会社テスト")));
    out.add(new Form("seller", "/qsm/api/reveal", p("_back", "/qsm/api")));
    out.add(
        new Form(
            "seller",
            "/qsm/api/certification",
            p("userId", f.sellerId(), "password", "wrong-pass")));
    out.add(new Form("seller", "/qsm/bulk/reveal", p("_back", "/qsm/bulk")));
    out.add(new Form("seller", "/qsm/bulk/upload", p("_back", "/qsm/bulk")));
    out.add(
        new Form(
            "seller",
            "/qsm/notices",
            p(
                "templateNo", "4",
                "destination", "hx@example.jp",
                "use", "Y",
                "standby", "N",
                "certKey", "",
                "subject", "",
                "sender", "",
                "detail", "",
                "_back", "/qsm/notices")));
    out.add(
        new Form(
            "seller",
            "/qsm/orders/" + f.consoleOrderNo() + "/confirm",
            p("estShipDate", f.today().plusDays(3).toString(), "_back", "/qsm/orders")));
    out.add(
        new Form(
            "seller",
            "/qsm/orders/" + f.consoleOrderNo() + "/ship",
            p("carrier", "ヤマト運輸", "trackingNo", "123456789012", "_back", "/qsm/orders")));
    out.add(
        new Form(
            "seller",
            "/qsm/orders/confirm-selected",
            p(
                "orderNo", Long.toString(f.consoleOrderNo()),
                "estShipDate", f.today().plusDays(3).toString(),
                "_back", "/qsm/orders")));
    out.add(
        new Form(
            "seller",
            "/qsm/orders/ship-selected",
            p(
                "orderNo",
                Long.toString(f.consoleOrderNo()),
                "carrier",
                "ヤマト宅急便",
                "tracking_" + f.consoleOrderNo(),
                "123456789012",
                "_back",
                "/qsm/orders")));
    out.add(
        new Form(
            "seller",
            "/qsm/items/" + f.optionItemCode(),
            p(
                "title", "オーガニックコットンTシャツ",
                "sellerCode", f.optionSellerCode(),
                "price", "2980",
                "qty", "15",
                "expireDate", f.today().plusDays(30).toString(),
                "status", "",
                "supplyPrice", "1000",
                "shippingFeeType", "FIXED",
                "shippingFee", "550",
                "_back", "/qsm/items/" + f.optionItemCode())));
    out.add(
        new Form(
            "seller",
            "/qsm/items/" + f.optionItemCode() + "/options/1",
            p(
                "value1", "ブルー",
                "priceDelta", "0",
                "qty", "10",
                "optionCode", "H-BLU",
                "_back", "/qsm/items/" + f.optionItemCode())));
    out.add(
        new Form(
            "seller",
            "/qsm/items/options/setting",
            p("useQStockCode", "1", "_back", "/qsm/items/options")));
    out.add(
        new Form(
            "staff", "/staff/requests/" + f.pendingRequestId() + "/approve", p("_back", "/staff")));
    out.add(
        new Form(
            "staff",
            "/staff/requests/" + f.rejectRequestId() + "/reject",
            p("reason", "書類不備", "_back", "/staff")));
    out.add(
        new Form(
            "staff",
            "/staff/sellers/" + f.staffTargetSeller() + "/standing",
            p(
                "reviewCompleted", "on",
                "servicePoints", "5",
                "shippingDelays", "0",
                "unansweredInquiries", "0",
                "unresolvedClaims", "0")));
    out.add(
        new Form(
            "staff",
            "/staff/sellers/" + f.staffTargetSeller() + "/suspension",
            p("api", "on", "ftp", "", "reason", "規約違反")));
    Map<String, String> settings =
        p(
            "statuses", "2",
            "lookbackDays", "7",
            "intervalMinutes", "5",
            "autoImport", "",
            "autoConfirm", "",
            "confirmBusinessDays", "2",
            "renewBeforeDays", "14");
    Map<String, String> connect =
        p(
            "shopId", "hx-console-shop",
            "apiKey", "",
            "password", "p",
            "baseUrl", f.qapiUrl());
    connect.putAll(settings);
    out.add(new Form("operator", "/hub/shops", connect));
    out.add(new Form("operator", "/hub/shops/" + f.shopId() + "/settings", settings));
    out.add(new Form("operator", "/hub/shops/hx-none/test", p("_back", "/hub")));
    out.add(new Form("operator", "/hub/shops/hx-none/renew", p("_back", "/hub")));
    out.add(new Form("operator", "/hub/shops/hx-none/sync", p("_back", "/hub")));
    out.add(
        new Form(
            "operator",
            "/hub/shops/" + f.shopId() + "/fulfilment",
            p(
                "storageStatus",
                "NEW",
                "autoInstruct",
                "",
                "webhookUrl",
                "",
                "webhookSecret",
                "",
                "csvExport",
                "")));
    out.add(
        new Form(
            "operator",
            "/hub/shops/hx-none/backfill",
            p("from", "2026-01-01", "to", "2026-01-02")));
    out.add(new Form("operator", "/hub/backfills/1/cancel", p("_back", "/hub")));
    out.add(
        new Form(
            "operator",
            "/hub/shops/" + f.shopId() + "/backfills",
            p("from", "2026-01-03", "to", "2026-01-02")));
    out.add(
        new Form(
            "operator",
            "/hub/shops/" + f.shopId() + "/credentials",
            p("apiKey", "", "password", "p", "baseUrl", f.qapiUrl())));
    out.add(new Form("operator", "/hub/shops/hx-none/remove", p("confirm", "hx-none")));
    out.add(new Form("operator", "/hub/alerts/999999/ack", p("_back", "/hub")));
    out.add(new Form("operator", "/hub/orders/instruct", p("line", "hx-none/1")));
    out.add(new Form("operator", "/hub/orders/release", p("line", "hx-none/1")));
    out.add(
        new Form(
            "operator",
            "/hub/orders/ship",
            p("line", "hx-none/1", "carrier", "ヤマト宅急便", "tn:hx-none/1", "4912-0001")));
    out.add(new Form("operator", "/hub/orders/upload", p("shop", "hx-none")));
    return out;
  }

  private static final String[][] CONSOLE_VALUES = {
    {"empty", ""},
    {"3000 characters", "カ".repeat(3000)},
    {"300 characters", "x".repeat(290) + "@example.jp"},
    {"5000 characters", "理".repeat(5000)},
    {"100 KB", "A".repeat(100_000)},
    {"control characters", "a\u0000b\u0007c\r\nd"},
    {"BOGUS", "BOGUS"},
    {"negative", "-1"},
    {"overflow", "99999999999999999999"},
    {"impossible date", "2026-02-30"},
    {"script", "<script>alert(1)</script>"},
    {"sql injection", "' OR 1=1 --"},
    {"open redirect", "//evil.example/"},
    {"tab redirect", "/\t/evil.example"},
  };

  /** Every console case. */
  static List<HostileCase> console(Fixture f) {
    List<HostileCase> out = new ArrayList<>();
    for (Form form : forms(f)) {
      String target = "POST " + form.path().replaceAll("/\\d+/", "/{n}/");
      List<String> names = new ArrayList<>(form.fields().keySet());
      if (!names.contains("_back")) {
        names.add("_back");
      }
      if (!names.contains("kind") && form.path().contains("permissions")) {
        names.add("kind");
      }
      for (String field : names) {
        for (String[] v : CONSOLE_VALUES) {
          if (field.equals("password") && !HASHED_VALUES.contains(v[0])) {
            continue;
          }
          Map<String, String> fields = new LinkedHashMap<>(form.fields());
          fields.put(field, v[1]);
          out.add(consoleCase(form, target, field + " " + v[0], encodeAll(fields)));
        }
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.remove(field);
        out.add(consoleCase(form, target, field + " missing", encodeAll(fields)));
        out.add(
            consoleCase(
                form,
                target,
                field + " invalid UTF-8",
                form(form.fields(), field, "%FF%FE%C0%AF")));
        out.add(
            consoleCase(
                form,
                target,
                field + " twice",
                encodeAll(form.fields()) + "&" + field + "=" + enc("BOGUS")));
      }
      out.add(consoleCase(form, target, "unknown field", encodeAll(form.fields()) + "&bogus=1"));
      out.add(consoleCase(form, target, "empty form", ""));
      out.add(consoleCase(form, target, "not a form", "{\"json\":true}"));
      // the path's identifier spoiled
      if (form.path().matches(".*/(\\d+|[a-z0-9-]+)/[a-z]+$")
          && !form.path().equals("/qsm/api/reveal")) {
        for (String v : PATH_VALUES) {
          String path = form.path().replaceFirst("/[^/]+/([a-z]+)$", "/" + v + "/$1");
          if (path.equals(form.path())
              || path.startsWith("/qsm/api/")
              || path.startsWith("/qsm/bulk/")) {
            continue;
          }
          out.add(
              consoleCase(
                  new Form(form.as(), path, form.fields()),
                  target,
                  "path " + abbreviate(v),
                  encodeAll(form.fields())));
        }
      }
    }
    for (String to : new String[] {"ja", "en", "BOGUS", "", "x".repeat(3000), "%FF"}) {
      for (String back :
          new String[] {
            "/qsm",
            "//evil.example",
            "/%09/evil.example",
            "%FF%FE",
            "/" + "b".repeat(3000),
            "javascript:alert(1)"
          }) {
        out.add(
            HostileCase.of(
                    "console", "GET /lang", "to " + abbreviate(to) + " back " + abbreviate(back))
                .request("GET", "/lang?to=" + to + "&back=" + back)
                .as("seller")
                .build());
      }
    }
    return out;
  }

  private static HostileCase consoleCase(Form form, String target, String name, String body) {
    String withCsrf = body.isEmpty() ? "_csrf={csrf}" : "_csrf={csrf}&" + body;
    return HostileCase.of("console", target, name)
        .request("POST", form.path())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(withCsrf)
        .as(form.as())
        .build();
  }

  // ---------------------------------------------------------------- raw HTTP

  /**
   * Requests no HTTP client library would send: raw non-UTF-8 bytes in the request line and
   * malformed chunked bodies, sent over a plain socket (method {@code RAW}, the body holds the
   * whole request; the path names the endpoint for the log).
   */
  static List<HostileCase> raw(Fixture f, String sandboxToken, String apiToken) {
    String[][] endpoints = {
      {
        "qapi",
        QAPI + "/ItemsLookup.GetAllGoodsInfo",
        "GiosisCertificationKey: " + f.certKey(),
        "application/x-www-form-urlencoded",
        "ItemStatus=S2"
      },
      {"api", "/api/shops", "Authorization: Bearer " + apiToken, "application/json", "{}"},
      {"sandbox", "/sandbox/sellers", "X-Sandbox-Token: " + sandboxToken, "application/json", "{}"},
      {"console", "/login", "Accept-Language: ja", "application/x-www-form-urlencoded", "login=x"},
    };
    List<HostileCase> out = new ArrayList<>();
    for (String[] e : endpoints) {
      String target = "raw " + e[0] + " " + e[1];
      String head = "Host: localhost\r\n" + e[2] + "\r\nContent-Type: " + e[3] + "\r\n";
      out.add(
          raw(
              target,
              "raw FF FE in the path",
              e[1],
              concat(
                  "POST " + e[1] + "/",
                  new byte[] {(byte) 0xFF, (byte) 0xFE},
                  " HTTP/1.1\r\n" + head + "Content-Length: 0\r\nConnection: close\r\n\r\n")));
      out.add(
          raw(
              target,
              "raw FF FE in the query",
              e[1],
              concat(
                  "POST " + e[1] + "?a=",
                  new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF},
                  " HTTP/1.1\r\n" + head + "Content-Length: 0\r\nConnection: close\r\n\r\n")));
      byte[] badBody = concat("", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC0}, "");
      out.add(
          raw(
              target,
              "raw invalid UTF-8 body",
              e[1],
              concat(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Content-Length: "
                      + badBody.length
                      + "\r\nConnection: close\r\n\r\n",
                  badBody,
                  "")));
      String chunked =
          "POST "
              + e[1]
              + " HTTP/1.1\r\n"
              + head
              + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
      out.add(
          raw(
              target,
              "chunk size not hex",
              e[1],
              bytes(chunked + "zz\r\n" + e[4] + "\r\n0\r\n\r\n")));
      out.add(
          raw(
              target,
              "chunk longer than announced",
              e[1],
              bytes(chunked + "2\r\n" + e[4] + "\r\n0\r\n\r\n")));
      out.add(
          raw(
              target,
              "chunk size overflow",
              e[1],
              bytes(chunked + "FFFFFFFFFFFFFFFFFF\r\n" + e[4] + "\r\n0\r\n\r\n")));
      out.add(
          raw(
              target,
              "negative chunk size",
              e[1],
              bytes(chunked + "-5\r\n" + e[4] + "\r\n0\r\n\r\n")));
      out.add(
          raw(
              target,
              "no final chunk",
              e[1],
              bytes(chunked + Integer.toHexString(e[4].length()) + "\r\n" + e[4] + "\r\n")));
      out.add(
          raw(
              target,
              "chunked and Content-Length",
              e[1],
              bytes(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                      + Integer.toHexString(e[4].length())
                      + "\r\n"
                      + e[4]
                      + "\r\n0\r\n\r\n")));
      out.add(
          raw(
              target,
              "Content-Length larger than the body",
              e[1],
              bytes(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Content-Length: 100\r\nConnection: close\r\n\r\n"
                      + e[4])));
      out.add(
          raw(
              target,
              "negative Content-Length",
              e[1],
              bytes(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Content-Length: -1\r\nConnection: close\r\n\r\n"
                      + e[4])));
      out.add(
          raw(
              target,
              "two Content-Lengths",
              e[1],
              bytes(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Content-Length: 2\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
                      + e[4])));
      out.add(
          raw(
              target,
              "bare LF line ends",
              e[1],
              bytes(
                  ("POST "
                              + e[1]
                              + " HTTP/1.1\r\n"
                              + head
                              + "Content-Length: "
                              + e[4].length()
                              + "\r\nConnection: close\r\n\r\n")
                          .replace("\r\n", "\n")
                      + e[4])));
      out.add(
          raw(
              target,
              "header without colon",
              e[1],
              bytes(
                  "POST "
                      + e[1]
                      + " HTTP/1.1\r\n"
                      + head
                      + "Broken header\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")));
      out.add(raw(target, "HTTP/0.9", e[1], bytes("GET " + e[1] + "\r\n\r\n")));
      out.add(
          raw(
              target,
              "HTTP/9.9",
              e[1],
              bytes("GET " + e[1] + " HTTP/9.9\r\n" + head + "Connection: close\r\n\r\n")));
      out.add(
          raw(
              target,
              "CONNECT",
              e[1],
              bytes("CONNECT localhost:1 HTTP/1.1\r\n" + head + "Connection: close\r\n\r\n")));
      out.add(
          raw(
              target,
              "TRACE",
              e[1],
              bytes("TRACE " + e[1] + " HTTP/1.1\r\n" + head + "Connection: close\r\n\r\n")));
    }
    return out;
  }

  private static HostileCase raw(String target, String name, String path, byte[] request) {
    return HostileCase.of("raw", target, name).request("RAW", path).bytes(request).build();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(String a, byte[] b, String c) {
    byte[] x = bytes(a);
    byte[] z = bytes(c);
    byte[] out = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(b, 0, out, x.length, b.length);
    System.arraycopy(z, 0, out, x.length + b.length, z.length);
    return out;
  }

  // ---------------------------------------------------------------- helpers

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
  }

  /** A copy of {@code base} with the pairs added. */
  static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> m = new LinkedHashMap<>(base);
    m.putAll(p(pairs));
    return m;
  }

  static Map<String, String> p(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String without(Map<String, String> base, String param) {
    Map<String, String> m = new LinkedHashMap<>(base);
    m.remove(param);
    return encodeAll(m);
  }

  /** The form with one parameter's encoded value replaced. */
  private static String form(Map<String, String> base, String param, String encoded) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : base.entrySet()) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(enc(e.getKey()))
          .append('=')
          .append(e.getKey().equals(param) ? encoded : enc(e.getValue()));
    }
    return s.toString();
  }

  static String encodeAll(Map<String, String> m) {
    return form(m, "\u0000none", "");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) {
        continue;
      }
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(p);
    }
    return s.toString();
  }

  private HostileInputs() {}
}
