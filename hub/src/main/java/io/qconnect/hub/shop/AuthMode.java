package io.qconnect.hub.shop;

/**
 * How a shop's certification key is obtained.
 *
 * <ul>
 *   <li>{@link #PASSWORD}: the hub holds the QSM password (sealed) and calls CreateCertificationKey
 *       itself, also to renew the key.
 *   <li>{@link #GETAUTH}: the seller authorizes the hub in the marketplace's window (Get Auth); the
 *       key comes back through a one-time code and no password is ever stored. Renewing it takes
 *       the seller again.
 * </ul>
 */
public enum AuthMode {
  PASSWORD,
  GETAUTH
}
