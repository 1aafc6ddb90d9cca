/**
 * The hub's shared kernel: its one unchecked root exception ({@link
 * io.qconnect.hub.core.HubException}) and {@link io.qconnect.hub.core.NotFoundException}, the JDBI
 * setup and column helpers ({@link io.qconnect.hub.core.HubJdbi}), the schema migration, and {@link
 * io.qconnect.hub.core.LeaseLock}, the per-shop lease every hub node takes in the database, and
 * {@link io.qconnect.hub.core.UploadedText}, the text of an uploaded UTF-8 or Shift_JIS file. Every
 * feature package may use it; it uses none of them, so that the facade in the root package can
 * depend on the features without a cycle.
 */
package io.qconnect.hub.core;
