package io.qconnect.marketplace.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A leaf category (Qoo10's {@code SecondSubCat}, 9 digits) with its middle and top categories. The
 * marketplace knows a small demo tree of them, used by the seed data and to fill the category names
 * of GetItemDetailInfo; it is the master CommonInfoLookup.GetCatagoryListAll answers and
 * SetNewGoods and UpdateGoods check SecondSubCat against.
 */
public record Category(
    String code,
    String name,
    String firstCode,
    String firstName,
    String mainCode,
    String mainName) {

  public Category {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The demo tree, leaves only. */
  public static final List<Category> KNOWN =
      List.of(
          fashion("320001234", "Tシャツ", "200000010", "メンズファッション"),
          fashion("320001235", "パーカー", "200000010", "メンズファッション"),
          fashion("320001301", "ワンピース", "200000011", "レディースファッション"),
          fashion("320001302", "ニット・セーター", "200000011", "レディースファッション"),
          fashion("320001401", "スニーカー", "200000012", "靴・バッグ"),
          fashion("320001402", "トートバッグ", "200000012", "靴・バッグ"),
          of("320002101", "化粧水", "200000020", "スキンケア", "100000002", "ビューティー"),
          of("320002102", "美容液", "200000020", "スキンケア", "100000002", "ビューティー"),
          of("320003101", "緑茶", "200000030", "飲料", "100000003", "食品"),
          of("320003201", "チョコレート", "200000031", "お菓子", "100000003", "食品"),
          of("320004101", "マグカップ", "200000040", "キッチン", "100000004", "生活雑貨"),
          of("320004102", "タンブラー", "200000040", "キッチン", "100000004", "生活雑貨"),
          of("320004201", "クッション", "200000041", "インテリア", "100000004", "生活雑貨"),
          of("320005101", "スマホケース", "200000050", "スマホアクセサリー", "100000005", "家電"),
          of("320005102", "充電ケーブル", "200000050", "スマホアクセサリー", "100000005", "家電"));

  private static final Map<String, Category> BY_CODE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(Category::code, Function.identity()));

  /** The known category with this leaf code. */
  public static Optional<Category> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The known category, or one that carries only the code. */
  public static Category orCode(String code) {
    return find(code).orElseGet(() -> new Category(code, "", "", "", "", ""));
  }

  private static Category fashion(String code, String name, String first, String firstName) {
    return of(code, name, first, firstName, "100000001", "ファッション");
  }

  private static Category of(
      String code, String name, String first, String firstName, String main, String mainName) {
    return new Category(code, name, first, firstName, main, mainName);
  }
}
