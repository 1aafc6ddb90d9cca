package io.qconnect.protocol.item;

import java.util.Optional;

/**
 * An item's listing status as GetAllGoodsInfo and GetItemDetailInfo report it (docs/qapi.md §7.1).
 */
public enum ItemStatus {
  AWAITING_REVIEW("S0", "審査待ち", "Awaiting review"),
  SUSPENDED("S1", "取引待機", "Not on sale"),
  ON_SALE("S2", "取引可能", "On sale"),
  STOPPED_BY_QOO10("S3", "取引停止", "Stopped by Qoo10"),
  DISCONTINUED("S4", "取引廃止", "Discontinued"),
  RESTRICTED_BY_QOO10("S5", "取引制限", "Restricted by Qoo10"),
  REJECTED("S8", "承認拒否", "Rejected");

  private final String code;
  private final String ja;
  private final String en;

  ItemStatus(String code, String ja, String en) {
    this.code = code;
    this.ja = ja;
    this.en = en;
  }

  public String code() {
    return code;
  }

  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }

  public static Optional<ItemStatus> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (ItemStatus s : values()) {
      if (s.code.equalsIgnoreCase(code.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The status EditGoodsStatus sets: 1 not on sale (S1), 2 on sale (S2), 3 discontinued (S4). */
  public static Optional<ItemStatus> fromEditStatus(String value) {
    return switch (value == null ? "" : value.trim()) {
      case "1" -> Optional.of(SUSPENDED);
      case "2" -> Optional.of(ON_SALE);
      case "3" -> Optional.of(DISCONTINUED);
      default -> Optional.empty();
    };
  }
}
