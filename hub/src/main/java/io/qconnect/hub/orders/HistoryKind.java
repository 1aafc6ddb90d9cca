package io.qconnect.hub.orders;

/** What an order history row records. */
public enum HistoryKind {
  IMPORTED,
  QOO10_STATUS,
  HUB_STATUS,
  CLAIM,
  TRACKING,
  EST_SHIP_DATE,
  /** Other order data changed on Qoo10 (address, quantity, ...). */
  DETAIL,
  CONFIRMED,
  CONFIRM_FAILED,
  INSTRUCTED,
  SHIP_QUEUED,
  TRACKING_SENT,
  TRACKING_FAILED
}
