package io.qconnect.marketplace.access;

/** What a permission request asks for. */
public enum PermissionKind {
  /** An API key (QSM: API Key 発行). */
  API_KEY("API key", "API key発行"),
  /** FTP access (QSM: FTP接続権限). */
  FTP("FTP access", "FTP接続権限");

  private final String en;
  private final String ja;

  PermissionKind(String en, String ja) {
    this.en = en;
    this.ja = ja;
  }

  public String en() {
    return en;
  }

  public String ja() {
    return ja;
  }
}
