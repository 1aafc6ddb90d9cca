package io.qconnect.hub.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * What one pass of the write-back sender did.
 *
 * @param attempted write-backs sent to Qoo10
 * @param sent accepted by Qoo10
 * @param failed refused or not answered; each is tried again later
 * @param errors one message per failed write-back (the first 20 kept)
 */
public record SendReport(int attempted, int sent, int failed, List<String> errors) {
  private static final int MAX_ERRORS = 20;

  public static final SendReport NONE = new SendReport(0, 0, 0, List.of());

  public SendReport {
    errors = List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
  }

  SendReport plus(SendReport o) {
    List<String> all = new ArrayList<>(errors);
    all.addAll(o.errors);
    return new SendReport(attempted + o.attempted, sent + o.sent, failed + o.failed, all);
  }
}
