package io.qconnect.hub.orders;

import java.util.List;

/**
 * What an import run did. {@code fetched = created + updated + unchanged + failed}; rows Qoo10 sent
 * about lines the hub does not import (status 4/5 or claims of unknown lines) are not counted.
 *
 * @param errors one message per failed line (at most 20)
 */
public record ImportReport(
    int fetched, int created, int updated, int unchanged, int failed, List<String> errors) {

  public ImportReport {
    errors = List.copyOf(errors);
  }

  public static final ImportReport NONE = new ImportReport(0, 0, 0, 0, 0, List.of());

  /** Two parts of one run added up (at most 20 error messages kept). */
  public ImportReport plus(ImportReport o) {
    List<String> all = new java.util.ArrayList<>(errors);
    all.addAll(o.errors);
    return new ImportReport(
        fetched + o.fetched,
        created + o.created,
        updated + o.updated,
        unchanged + o.unchanged,
        failed + o.failed,
        all.subList(0, Math.min(20, all.size())));
  }
}
