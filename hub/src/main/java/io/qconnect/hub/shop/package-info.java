/**
 * Shops and their credentials. {@link io.qconnect.hub.shop.ShopService} connects a shop only if Get
 * Auth (CreateCertificationKey with the API key, QSM login ID and password) works, seals every
 * secret with the SecretBox, renews keys (Renew Tokens) and tests connections in plain words.
 * {@link io.qconnect.hub.shop.ShopConnections} makes calls with a shop's key and re-issues it once
 * when Qoo10 says it expired.
 */
package io.qconnect.hub.shop;
