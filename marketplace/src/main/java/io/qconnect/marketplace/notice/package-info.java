/**
 * 通知管理: the integration companies and their template groups, the template catalogue, the
 * notification settings a seller registers (never deleted; Use = N stops them), and the mail relay
 * that turns outbox events and seller notices into mails, logs each one and delivers it over SMTP
 * with retries, or keeps it in the embedded mail catcher when no SMTP server is configured.
 */
package io.qconnect.marketplace.notice;
