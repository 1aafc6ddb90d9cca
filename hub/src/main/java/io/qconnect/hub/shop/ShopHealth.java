package io.qconnect.hub.shop;

/** Whether the last attempt to work a shop succeeded. */
public enum ShopHealth {
  OK,
  /** The last run or credential renewal failed; {@link Shop#lastError()} says why. */
  FAILING
}
