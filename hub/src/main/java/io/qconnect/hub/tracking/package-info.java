/**
 * Tracking write-back. {@link io.qconnect.hub.tracking.ShipmentService} takes "shipped" reports
 * (JSON, CSV {@code orderNo,carrier,trackingNo}) into a durable queue, all-or-nothing; {@link
 * io.qconnect.hub.tracking.ShipmentSender} sends them with SetSendingInfo / SetSendingInfoBulk and
 * retries failures with exponential backoff; {@link io.qconnect.hub.tracking.CarrierTable} maps
 * carrier names to Qoo10's.
 */
package io.qconnect.hub.tracking;
