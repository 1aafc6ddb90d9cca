package io.qconnect.marketplace.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A brand or a maker of the marketplace's master (CommonInfoLookup.SearchBrand / SearchMaker,
 * docs/qapi.md §8): {@code M_B_NO}, {@code M_B_NM}, {@code M_B_NM_EN}. SetNewGoods and UpdateGoods
 * accept a BrandNo only from the brand list. A small demo master, like {@link Category}.
 */
public record Brand(String no, String name, String nameEn) {

  public static final List<Brand> BRANDS =
      List.of(
          new Brand("1000101", "キューテン・ベーシック", "Qoo Basic"),
          new Brand("1000102", "ナチュラルリネン", "Natural Linen"),
          new Brand("1000103", "トウキョウスニーカーズ", "Tokyo Sneakers"),
          new Brand("1000104", "モイストラボ", "Moist Lab"),
          new Brand("1000105", "しずおか茶園", "Shizuoka Tea Garden"),
          new Brand("1000106", "カカオファクトリー", "Cacao Factory"),
          new Brand("1000107", "ホームキッチン", "Home Kitchen"),
          new Brand("1000108", "モバイルギア", "Mobile Gear"));

  public static final List<Brand> MAKERS =
      List.of(
          new Brand("2000201", "株式会社キューテン衣料", "Qoo Apparel Co., Ltd."),
          new Brand("2000202", "浜松繊維工業株式会社", "Hamamatsu Textile Co., Ltd."),
          new Brand("2000203", "株式会社モイスト化粧品", "Moist Cosmetics Inc."),
          new Brand("2000204", "静岡製茶株式会社", "Shizuoka Tea Co., Ltd."),
          new Brand("2000205", "株式会社燕三条キッチンウェア", "Tsubame Kitchenware Inc."),
          new Brand("2000206", "モバイルギア株式会社", "Mobile Gear Corp."));

  public static Optional<Brand> brand(String no) {
    return BRANDS.stream().filter(b -> b.no().equals(no)).findFirst();
  }

  /** Entries whose Japanese or English name contains the keyword, ignoring case; all for "". */
  public static List<Brand> search(List<Brand> master, String keyword) {
    String k = keyword.strip().toLowerCase(Locale.ROOT);
    return master.stream()
        .filter(
            b ->
                b.name().toLowerCase(Locale.ROOT).contains(k)
                    || b.nameEn().toLowerCase(Locale.ROOT).contains(k))
        .toList();
  }
}
