package io.qconnect.hub.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * What one pass of the write-back sender did.
 *
 * @param attempted write-backs sent to Qoo10
 * @param sent accepted by Qoo10
 * @param failed refused or not answered; each is tried again later
 * @param errors one message per failed write-back (at most 20)
 */
public record SendReport(int attempted, int sent, int failed, List<String> errors) {
  public static final SendReport NONE = new SendReport(0, 0, 0, List.of());

  public SendReport {
    errors = List.copyOf(errors);
  }

  SendReport plus(SendReport o) {
    List<String> all = new ArrayList<>(errors);
    all.addAll(o.errors);
    return new SendReport(
        attempted + o.attempted,
        sent + o.sent,
        failed + o.failed,
        all.subList(0, Math.min(20, all.size())));
  }
}
