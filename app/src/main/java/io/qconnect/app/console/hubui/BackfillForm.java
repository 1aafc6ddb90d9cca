package io.qconnect.app.console.hubui;

/**
 * The backfill form of a shop's page as typed, with an error next to the field it concerns (in the
 * viewer's language); "" where none.
 */
public record BackfillForm(String from, String to, String fromError, String toError) {
  static BackfillForm blank() {
    return new BackfillForm("", "", "", "");
  }

  BackfillForm withFromError(String text) {
    return new BackfillForm(from, to, fromError.isEmpty() ? text : fromError, toError);
  }

  BackfillForm withToError(String text) {
    return new BackfillForm(from, to, fromError, toError.isEmpty() ? text : toError);
  }

  boolean ok() {
    return fromError.isEmpty() && toError.isEmpty();
  }
}
