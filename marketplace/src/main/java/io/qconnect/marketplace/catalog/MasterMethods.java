package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CommonInfoLookup (docs/qapi.md §8): GetCatagoryListAll (the official spelling) from {@link
 * Category}, SearchBrand and SearchMaker from {@link Brand}. The masters hold Japanese names only,
 * so every lang_cd answers them; an unknown lang_cd and a keyword over 50 characters answer -10001.
 */
final class MasterMethods implements QapiFeature {
  private static final Set<String> LANGUAGES = Set.of("", "JA", "KO", "EN", "ZH-CN", "ENG");

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.GET_CATAGORY_LIST_ALL, this::categories)
        .register(QapiMethod.SEARCH_BRAND, c -> search(c, QapiMethod.SEARCH_BRAND, Brand.BRANDS))
        .register(QapiMethod.SEARCH_MAKER, c -> search(c, QapiMethod.SEARCH_MAKER, Brand.MAKERS));
  }

  private QapiResponse categories(SellerCall c) {
    QapiMethod m = QapiMethod.GET_CATAGORY_LIST_ALL;
    if (!LANGUAGES.contains(c.text("lang_cd").toUpperCase(Locale.ROOT))) {
      return Answers.failValue(m, -10001, "lang_cd must be JA, KO, EN or ZH-CN.");
    }
    List<Map<String, Object>> rows =
        Category.KNOWN.stream()
            .map(
                k -> {
                  Map<String, Object> r = new LinkedHashMap<>();
                  r.put("CATE_L_CD", k.mainCode());
                  r.put("CATE_L_NM", k.mainName());
                  r.put("CATE_M_CD", k.firstCode());
                  r.put("CATE_M_NM", k.firstName());
                  r.put("CATE_S_CD", k.code());
                  r.put("CATE_S_NM", k.name());
                  return r;
                })
            .toList();
    return Answers.value(m, rows);
  }

  private QapiResponse search(SellerCall c, QapiMethod m, List<Brand> master) {
    String keyword = c.text("keyword");
    if (keyword.length() > 50) {
      return Answers.failValue(m, -10001, "keyword can be up to 50 characters.");
    }
    List<Map<String, Object>> rows =
        Brand.search(master, keyword).stream()
            .map(
                b -> {
                  Map<String, Object> r = new LinkedHashMap<>();
                  r.put("M_B_NO", b.no());
                  r.put("M_B_NM", b.name());
                  r.put("M_B_NM_EN", b.nameEn());
                  return r;
                })
            .toList();
    return Answers.value(m, rows);
  }
}
