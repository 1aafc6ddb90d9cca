package io.qconnect.marketplace.bulk;

/** Where a bulk request stands: 受付, 処理中, 完了 (every row has its result) or エラー (refused). */
public enum BulkStatus {
  RECEIVED,
  RUNNING,
  DONE,
  ERROR;

  public boolean finished() {
    return this == DONE || this == ERROR;
  }
}
