package io.qconnect.app.console;

/** Who a console login is, which decides the screens it may open. */
public enum Role {
  /** Marketplace staff: the permission-request queue and the sellers' standing. */
  STAFF("/staff"),
  /** A marketplace seller: the QSM-like screens of the own shop. */
  SELLER("/qsm"),
  /** A hub operator: shops, orders, sync runs. */
  OPERATOR("/hub");

  private final String home;

  Role(String home) {
    this.home = home;
  }

  /** The first page after login. */
  public String home() {
    return home;
  }
}
