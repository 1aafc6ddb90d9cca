package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.order.OrderEvent;
import java.util.Optional;

/**
 * The five notification kinds of QSM's 알림관리 (R26), with the Korean names the seed shows; the
 * console shows them in its own language. "ALL" exists only as a filter, not as a kind.
 */
public enum NoticeKind {
  /** 주문알림: a new paid order. */
  ORDER("주문알림", "注文のお知らせ"),
  /** 배송요청건: the line entered status 2 (shipping requested). */
  SHIPPING_REQUEST("배송요청건", "配送要請のお知らせ"),
  /** 배송완료: delivered (status 5). */
  DELIVERED("배송완료", "配送完了のお知らせ"),
  /** 취소요청: the buyer asked to cancel (claim 1). */
  CANCEL_REQUESTED("취소요청", "キャンセル要請のお知らせ"),
  /** 취소완료: cancelled (claim 3). */
  CANCEL_COMPLETED("취소완료", "キャンセル完了のお知らせ");

  private final String korean;
  private final String subjectWords;

  NoticeKind(String korean, String subjectWords) {
    this.korean = korean;
    this.subjectWords = subjectWords;
  }

  /** The name in the seed's (Korean) QSM. */
  public String korean() {
    return korean;
  }

  /** What the subject of this kind's mail announces (「Qoo10の注文のお知らせです。」). */
  String subjectWords() {
    return subjectWords;
  }

  /** The kind an outbox event notifies (R37), empty for events no template listens to. */
  public static Optional<NoticeKind> of(OrderEvent e) {
    return switch (e) {
      case ORDER_NOTICE -> Optional.of(ORDER);
      case SHIPPING_REQUEST -> Optional.of(SHIPPING_REQUEST);
      case DELIVERED -> Optional.of(DELIVERED);
      case CANCEL_REQUESTED -> Optional.of(CANCEL_REQUESTED);
      case CANCEL_COMPLETED -> Optional.of(CANCEL_COMPLETED);
      default -> Optional.empty();
    };
  }

  /**
   * The kind named {@code name} ("ORDER") or by its Korean name; empty for ALL, blank or unknown.
   */
  public static Optional<NoticeKind> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    for (NoticeKind k : values()) {
      if (k.name().equalsIgnoreCase(n) || k.korean.equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
