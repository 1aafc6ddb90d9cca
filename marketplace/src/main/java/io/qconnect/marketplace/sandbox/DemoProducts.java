package io.qconnect.marketplace.sandbox;

import java.util.List;

/**
 * The demo catalogue's raw material: product templates in the demo categories and the option axes a
 * Japanese shop uses (カラー, サイズ, 容量, ...), each value with the short code that goes into the seller
 * option codes ({@code SKU-0001-BLK-M}).
 */
final class DemoProducts {
  private DemoProducts() {}

  /** An option axis and its values, each value with its code. */
  record Axis(String name, List<String> values, List<String> codes) {}

  /** A product: leaf category, title, price points and the axes its options may use. */
  record Template(String category, String title, List<Long> prices, List<Axis> axes) {}

  static final Axis COLOR =
      new Axis(
          "カラー",
          List.of("ブラック", "ホワイト", "ネイビー", "グレー", "ベージュ", "レッド"),
          List.of("BLK", "WHT", "NVY", "GRY", "BEG", "RED"));
  static final Axis SIZE =
      new Axis("サイズ", List.of("S", "M", "L", "XL"), List.of("S", "M", "L", "XL"));
  static final Axis SLEEVE = new Axis("袖丈", List.of("半袖", "長袖"), List.of("SS", "LS"));
  static final Axis SHOE =
      new Axis(
          "サイズ",
          List.of("23.0cm", "24.0cm", "25.0cm", "26.0cm", "27.0cm"),
          List.of("230", "240", "250", "260", "270"));
  static final Axis VOLUME =
      new Axis("容量", List.of("50ml", "100ml", "200ml"), List.of("50", "100", "200"));
  static final Axis TEA =
      new Axis("種類", List.of("煎茶", "ほうじ茶", "玄米茶"), List.of("SEN", "HOJ", "GEN"));
  static final Axis MODEL =
      new Axis(
          "機種", List.of("iPhone 15", "iPhone 16", "Galaxy S24"), List.of("IP15", "IP16", "GS24"));
  static final Axis LENGTH = new Axis("長さ", List.of("1m", "2m"), List.of("1M", "2M"));

  static final List<Template> TEMPLATES =
      List.of(
          new Template(
              "320001234",
              "オーガニックコットン クルーネックTシャツ",
              List.of(1980L, 2480L, 2980L),
              List.of(COLOR, SIZE, SLEEVE)),
          new Template("320001235", "裏起毛 プルオーバーパーカー", List.of(3980L, 4980L), List.of(COLOR, SIZE)),
          new Template("320001301", "リネン混 ロングワンピース", List.of(4980L, 5980L), List.of(COLOR, SIZE)),
          new Template("320001302", "ウール混 ケーブルニット セーター", List.of(3980L, 4980L), List.of(COLOR)),
          new Template("320001401", "軽量 ローカットスニーカー", List.of(5980L, 6980L), List.of(SHOE, COLOR)),
          new Template("320001402", "帆布 トートバッグ A4対応", List.of(1980L, 2980L), List.of(COLOR)),
          new Template(
              "320002101", "高保湿 化粧水 セラミド配合", List.of(1280L, 1680L, 2480L), List.of(VOLUME)),
          new Template("320002102", "ビタミンC 美容液 30ml", List.of(2980L, 3980L), List.of()),
          new Template("320003101", "静岡県産 深蒸し茶 ティーバッグ 50包", List.of(980L, 1280L), List.of(TEA)),
          new Template("320003201", "高カカオ チョコレート 個包装 300g", List.of(1080L, 1580L), List.of()),
          new Template("320004101", "美濃焼 マグカップ 300ml", List.of(1480L, 1980L), List.of(COLOR)),
          new Template("320004102", "真空断熱 タンブラー 420ml", List.of(1980L, 2480L), List.of(COLOR)),
          new Template("320004201", "もちもち クッション 45×45cm", List.of(1980L, 2980L), List.of()),
          new Template("320005101", "手帳型 スマホケース", List.of(1480L, 1980L), List.of(MODEL, COLOR)),
          new Template("320005102", "USB-C 急速充電ケーブル", List.of(880L, 1280L), List.of(LENGTH)));

  static final List<String> PREFIXES = List.of("", "", "【送料無料】", "【公式】", "【在庫限り】", "新作 ");
  static final List<String> PROMOTIONS = List.of("", "", "期間限定セール", "送料無料", "ポイント5倍");
  static final List<String> PREFECTURES = List.of("TOKYO", "OSAKA", "SHIZUOKA", "GIFU", "FUKUOKA");
  static final List<String> COUNTRIES = List.of("CN", "VN", "KR");
}
