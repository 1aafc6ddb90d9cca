/**
 * Secrets at rest and on screen, for both sides: {@link io.qconnect.protocol.secret.SecretBox}
 * encrypts passwords and keys with AES-256-GCM; {@link io.qconnect.protocol.secret.Secrets} masks
 * and fingerprints them so that logs and screens never show one in full.
 */
package io.qconnect.protocol.secret;
