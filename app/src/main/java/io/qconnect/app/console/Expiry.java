package io.qconnect.app.console;

/**
 * How urgent a key's expiry is: green with more than 60 days left, amber at 60 or fewer, red at 7
 * or fewer or once expired.
 */
public enum Expiry {
  OK("expiry-ok"),
  SOON("expiry-soon"),
  URGENT("expiry-urgent");

  private final String css;

  Expiry(String css) {
    this.css = css;
  }

  public static Expiry of(long daysLeft) {
    if (daysLeft <= 7) {
      return URGENT;
    }
    return daysLeft <= 60 ? SOON : OK;
  }

  public String css() {
    return css;
  }
}
