package io.qconnect.hub.orders;

import java.util.List;

/**
 * What automatic confirmation did in one run.
 *
 * @param attempted lines sent to Qoo10
 * @param confirmed lines Qoo10 accepted (or had already confirmed)
 * @param failed lines refused or not answered; they are tried again on the next run
 * @param errors one message per failed line (the first 20 kept)
 */
public record ConfirmReport(int attempted, int confirmed, int failed, List<String> errors) {
  private static final int MAX_ERRORS = 20;

  public static final ConfirmReport NONE = new ConfirmReport(0, 0, 0, List.of());

  public ConfirmReport {
    errors = List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
  }
}
