package io.qconnect.marketplace.notice;

import java.time.LocalDateTime;

/**
 * One mail of the delivery log ({@code mk_mail}): which setting and outbox event it came from (none
 * for a seller notice), the rendered message, and how its delivery went.
 */
public record Mail(
    long id,
    String sellerId,
    Long settingId,
    Long outboxId,
    String event,
    Integer templateNo,
    String to,
    String from,
    String subject,
    String body,
    Status status,
    int attempts,
    String lastError,
    LocalDateTime createdAt,
    LocalDateTime nextAttemptAt,
    LocalDateTime sentAt,
    String via) {

  /** Where a mail stands. */
  public enum Status {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Delivered to the SMTP server, or kept by the embedded mail catcher. */
    SENT,
    /** Rendered for a Standby = Y setting: logged, never sent. */
    HELD,
    /** Not sendable: a placeholder stayed unresolved; never sent. */
    ERROR,
    /** The server refused the address permanently (5xx); the setting is marked. */
    BOUNCED,
    /** Every attempt failed temporarily until the attempts ran out. */
    FAILED
  }
}
