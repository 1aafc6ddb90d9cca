package io.qconnect.hub.fulfilment;

import java.time.Instant;
import java.util.Objects;

/**
 * A shipping instruction for one order line, as the warehouse receives it.
 *
 * @param instructionId the same for the same line however often it is sent: the warehouse
 *     deduplicates on it
 * @param webhookState NONE (the shop has no webhook), PENDING, FAILED (retried with backoff) or
 *     DELIVERED
 * @param exportedAt when it went out in a CSV export, or null
 */
public record Instruction(
    String instructionId,
    String shopId,
    long orderNo,
    WebhookState webhookState,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Instant exportedAt,
    Instant createdAt) {

  /** Where the webhook delivery of an instruction stands. */
  public enum WebhookState {
    NONE,
    PENDING,
    FAILED,
    DELIVERED
  }

  public Instruction {
    Objects.requireNonNull(instructionId, "instructionId");
    Objects.requireNonNull(webhookState, "webhookState");
    lastError = lastError == null ? "" : lastError;
  }
}
