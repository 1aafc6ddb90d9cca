package io.qconnect.hub.tracking;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the carrier names people and warehouses use to the names Qoo10's carrier master knows
 * (docs/qapi.md §9.5: ヤマト宅急便, ゆうパック, 佐川急便, ...). Matching ignores case, width (full-width letters)
 * and spaces. A name the table does not know is passed through unchanged: Qoo10 may know it, and
 * refusing it here would block shipping.
 */
public final class CarrierTable {
  private final Map<String, String> byAlias = new LinkedHashMap<>();

  /** The table of common Japanese carriers. */
  public static CarrierTable standard() {
    CarrierTable t = new CarrierTable();
    t.add("ヤマト宅急便", "ヤマト運輸", "ヤマト", "クロネコ", "クロネコヤマト", "宅急便", "yamato", "kuroneko");
    t.add("ネコポス", "nekopos");
    t.add("クロネコDM便", "DM便");
    t.add("ゆうパック", "日本郵便", "郵便局", "japan post", "japanpost", "yupack", "yu-pack");
    t.add("ゆうパケット", "yupacket", "yu-packet");
    t.add("クリックポスト", "clickpost", "click post");
    t.add("佐川急便", "佐川", "sagawa", "sagawa express");
    t.add("福山通運", "福山", "fukuyama");
    t.add("西濃運輸", "西濃", "カンガルー便", "seino");
    t.add("コンビニ等受取");
    t.add("Qxpress", "qxpress", "キューエクスプレス");
    return t;
  }

  /** Qoo10's names of the carriers the table knows, in the table's order. */
  public java.util.List<String> names() {
    return byAlias.values().stream().distinct().toList();
  }

  private void add(String qoo10Name, String... aliases) {
    byAlias.put(key(qoo10Name), qoo10Name);
    for (String a : aliases) {
      byAlias.put(key(a), qoo10Name);
    }
  }

  /** Qoo10's name for a carrier, or the given name (trimmed) when the table does not know it. */
  public String toQoo10(String given) {
    String trimmed = given.strip();
    return byAlias.getOrDefault(key(trimmed), trimmed);
  }

  /** Whether the name is one the table knows (as an alias or as Qoo10's own name). */
  public boolean knows(String given) {
    return byAlias.containsKey(key(given.strip()));
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replaceAll("[\\s・]+", "")
        .toLowerCase(Locale.ROOT);
  }
}
