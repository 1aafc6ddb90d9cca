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
}
