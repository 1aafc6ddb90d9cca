package io.qconnect.marketplace.bulk;

/** How a file arrived: uploaded in QSM or put in the seller's FTP folder. */
public enum BulkSource {
  WEB,
  FTP
}
