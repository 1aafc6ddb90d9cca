package io.qconnect.marketplace.access;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A filed permission request.
 *
 * @param processOn the first business day on or after the day it arrived: requests never get
 *     processed on a Saturday, Sunday or Japanese holiday
 * @param failures the conditions that failed with their values, for a rejection decided by the
 *     conditions
 * @param note staff's reason for a manual rejection, or ""
 */
public record PermissionRequest(
    long id,
    RequestForm form,
    LocalDateTime receivedAt,
    LocalDate processOn,
    RequestStatus status,
    List<Failure> failures,
    String note,
    LocalDateTime decidedAt,
    String decidedBy) {

  public PermissionRequest {
    Objects.requireNonNull(form, "form");
    failures = List.copyOf(failures);
    note = note == null ? "" : note;
    decidedBy = decidedBy == null ? "" : decidedBy;
  }

  /** The conditions that failed, without their values. */
  public List<Condition> failed() {
    return failures.stream().map(Failure::condition).toList();
  }

  public PermissionKind kind() {
    return form.kind();
  }

  public String sellerId() {
    return form.sellerId();
  }

  /** True when one of {@code requests} for {@code kind} was approved. */
  public static boolean anyApproved(List<PermissionRequest> requests, PermissionKind kind) {
    return requests.stream()
        .anyMatch(r -> r.kind() == kind && r.status() == RequestStatus.APPROVED);
  }
}
