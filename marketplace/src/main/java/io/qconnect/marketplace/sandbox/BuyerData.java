package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.order.Buyer;
import io.qconnect.marketplace.order.Receiver;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Realistic Japanese buyers for the simulator: names with their katakana readings, addresses with
 * real zip codes split as Qoo10 splits them (prefecture and city / the rest), and phone numbers in
 * Qoo10's {@code +81-90-1234-5678} form (a missing number reads {@code +81--}, as observed).
 */
final class BuyerData {
  private record Name(String kanji, String kana, String romaji) {}

  private record Place(String zip, String prefectureCity, String town) {}

  private static final List<Name> FAMILY =
      List.of(
          new Name("佐藤", "サトウ", "sato"), new Name("鈴木", "スズキ", "suzuki"),
          new Name("高橋", "タカハシ", "takahashi"), new Name("田中", "タナカ", "tanaka"),
          new Name("伊藤", "イトウ", "ito"), new Name("渡辺", "ワタナベ", "watanabe"),
          new Name("山本", "ヤマモト", "yamamoto"), new Name("中村", "ナカムラ", "nakamura"),
          new Name("小林", "コバヤシ", "kobayashi"), new Name("加藤", "カトウ", "kato"),
          new Name("吉田", "ヨシダ", "yoshida"), new Name("山田", "ヤマダ", "yamada"),
          new Name("佐々木", "ササキ", "sasaki"), new Name("山口", "ヤマグチ", "yamaguchi"),
          new Name("松本", "マツモト", "matsumoto"), new Name("井上", "イノウエ", "inoue"),
          new Name("木村", "キムラ", "kimura"), new Name("林", "ハヤシ", "hayashi"),
          new Name("斎藤", "サイトウ", "saito"), new Name("清水", "シミズ", "shimizu"));

  private static final List<Name> GIVEN =
      List.of(
          new Name("翔太", "ショウタ", "shota"), new Name("蓮", "レン", "ren"),
          new Name("大翔", "ヒロト", "hiroto"), new Name("陽菜", "ヒナ", "hina"),
          new Name("結衣", "ユイ", "yui"), new Name("美咲", "ミサキ", "misaki"),
          new Name("健太", "ケンタ", "kenta"), new Name("拓也", "タクヤ", "takuya"),
          new Name("さくら", "サクラ", "sakura"), new Name("葵", "アオイ", "aoi"),
          new Name("優花", "ユウカ", "yuka"), new Name("直樹", "ナオキ", "naoki"),
          new Name("恵子", "ケイコ", "keiko"), new Name("裕子", "ユウコ", "yuko"),
          new Name("誠", "マコト", "makoto"), new Name("悠真", "ユウマ", "yuma"),
          new Name("花子", "ハナコ", "hanako"), new Name("太郎", "タロウ", "taro"));

  private static final List<Place> PLACES =
      List.of(
          new Place("150-0001", "東京都渋谷区", "神宮前"),
          new Place("160-0022", "東京都新宿区", "新宿"),
          new Place("530-0001", "大阪府大阪市北区", "梅田"),
          new Place("460-0008", "愛知県名古屋市中区", "栄"),
          new Place("060-0001", "北海道札幌市中央区", "北一条西"),
          new Place("810-0001", "福岡県福岡市中央区", "天神"),
          new Place("980-0021", "宮城県仙台市青葉区", "中央"),
          new Place("730-0011", "広島県広島市中区", "基町"),
          new Place("220-0012", "神奈川県横浜市西区", "みなとみらい"),
          new Place("604-8005", "京都府京都市中京区", "恵比須町"),
          new Place("650-0021", "兵庫県神戸市中央区", "三宮町"),
          new Place("330-0063", "埼玉県さいたま市浦和区", "高砂"),
          new Place("260-0013", "千葉県千葉市中央区", "中央"),
          new Place("900-0015", "沖縄県那覇市", "久茂地"),
          new Place("380-0836", "長野県長野市", "南県町"));

  private static final List<String> BUILDINGS =
      List.of("", "", "", "サンハイツ", "グランメゾン", "コーポ桜", "パークハウス");

  private BuyerData() {}

  static Buyer buyer(RandomGenerator r, long n) {
    Name f = pick(r, FAMILY);
    Name g = pick(r, GIVEN);
    return new Buyer(
        f.kanji() + " " + g.kanji(),
        f.kana() + " " + g.kana(),
        r.nextInt(4) == 0 ? landline(r) : "+81--",
        mobile(r),
        g.romaji() + "." + f.romaji() + n + "@example.jp");
  }

  /** The name of the buyer who asks about an order, from its number only. */
  static String inquirer(long orderNo) {
    return buyer(new java.util.SplittableRandom(orderNo), orderNo).name();
  }

  static Receiver receiver(RandomGenerator r, Buyer buyer) {
    Place p = pick(r, PLACES);
    String building = pick(r, BUILDINGS);
    String rest =
        p.town()
            + (1 + r.nextInt(5))
            + "-"
            + (1 + r.nextInt(20))
            + "-"
            + (1 + r.nextInt(30))
            + (building.isEmpty()
                ? ""
                : " " + building + (1 + r.nextInt(9)) + "0" + (1 + r.nextInt(9)));
    boolean gift = r.nextInt(10) == 0;
    Buyer who = gift ? buyer(r, r.nextLong(1_000_000)) : buyer;
    return new Receiver(
        who.name(), who.kana(), who.tel(), who.mobile(), p.zip(), p.prefectureCity(), rest);
  }

  private static String mobile(RandomGenerator r) {
    return "+81-" + pick(r, List.of("90", "80", "70")) + "-" + digits(r, 4) + "-" + digits(r, 4);
  }

  private static String landline(RandomGenerator r) {
    return "+81-"
        + pick(r, List.of("3", "6", "52", "11", "92"))
        + "-"
        + digits(r, 4)
        + "-"
        + digits(r, 4);
  }

  private static String digits(RandomGenerator r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  static <T> T pick(RandomGenerator r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
