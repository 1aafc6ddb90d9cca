package io.qconnect.marketplace.order;

import java.util.List;

/**
 * The carrier names the marketplace offers sellers to pick (docs/qapi.md §9.5: the names known to
 * work with Qoo10's carrier master, which is not public). SetSendingInfo itself accepts any name up
 * to 200 characters, so a name missing here can still be sent over QAPI.
 */
public final class Carriers {
  /** In the order the seller's list shows them. */
  public static final List<String> KNOWN =
      List.of(
          "ヤマト宅急便", "ネコポス", "クロネコDM便", "佐川急便", "ゆうパック", "ゆうパケット", "クリックポスト", "福山通運", "西濃運輸",
          "コンビニ等受取", "Qxpress");

  private Carriers() {}

  public static boolean known(String name) {
    return KNOWN.contains(name);
  }
}
