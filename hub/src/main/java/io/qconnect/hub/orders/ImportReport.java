package io.qconnect.hub.orders;

import java.util.List;

/**
 * What an import run did. {@code fetched = created + updated + unchanged + failed}; rows Qoo10 sent
 * about lines the hub does not import (status 4/5 or claims of unknown lines) are not counted.
 *
 * @param errors one message per failed line (the first 20 kept)
 */
public record ImportReport(
    int fetched, int created, int updated, int unchanged, int failed, List<String> errors) {
  private static final int MAX_ERRORS = 20;

  public ImportReport {
    errors = List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
  }

  public static final ImportReport NONE = new ImportReport(0, 0, 0, 0, 0, List.of());

  /** Two parts of one run added up. */
  public ImportReport plus(ImportReport o) {
    List<String> all = new java.util.ArrayList<>(errors);
    all.addAll(o.errors);
    return new ImportReport(
        fetched + o.fetched,
        created + o.created,
        updated + o.updated,
        unchanged + o.unchanged,
        failed + o.failed,
        all);
  }
}
