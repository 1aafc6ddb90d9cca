package io.qconnect.marketplace.notice;

import java.time.LocalDateTime;

/**
 * One row of 알림 설정 데이터: a template registered to a destination. {@code certKeyMasked} is the
 * certification key shown masked ({@code abcd…yz}), empty when none; the key itself stays sealed.
 * {@code failure} is set when the destination refused a mail permanently (SMTP 5xx): shown to the
 * seller until the destination is modified.
 */
public record NoticeSetting(
    long id,
    String sellerId,
    Template template,
    String destination,
    boolean use,
    boolean standby,
    String certKeyMasked,
    String subject,
    String sender,
    String detail,
    String registrant,
    LocalDateTime registeredAt,
    LocalDateTime modifiedAt,
    String failure,
    LocalDateTime failedAt) {

  public boolean hasCertKey() {
    return !certKeyMasked.isEmpty();
  }
}
