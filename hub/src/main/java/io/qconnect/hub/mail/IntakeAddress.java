package io.qconnect.hub.mail;

import java.util.Objects;

/**
 * Where a shop's notification mails go, and what the seller registers in QSM's notification
 * settings (通知管理) to send them there (R92).
 *
 * @param address the shop's own intake address; its random part is the only proof a mail was sent
 *     to this hub for this shop, so it is shown to the shop's operators and nowhere else
 * @param group the template group to pick ("NextEngine": an integration company's order template)
 * @param kind the notification kind to register ("ORDER", 注文のお知らせ / 주문알림)
 */
public record IntakeAddress(String shopId, String address, String group, String kind) {
  /** The template group the hub asks for: its mails carry 注文番号 and カート番号 like every group. */
  public static final String GROUP = "NextEngine";

  /** The kind the hub asks for: a mail per new order, seconds after payment. */
  public static final String KIND = "ORDER";

  public IntakeAddress {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(kind, "kind");
  }
}
