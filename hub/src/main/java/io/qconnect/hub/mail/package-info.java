/**
 * Mail intake: orders in the hub seconds after payment. Each shop has its own intake address
 * ({@link io.qconnect.hub.mail.IntakeAddress}), which the seller registers in QSM's notification
 * settings; an SMTP listener ({@link io.qconnect.hub.mail.SmtpIntake}) takes the marketplace's
 * notification mails, {@link io.qconnect.hub.mail.MailReading} finds the order numbers in them, and
 * {@link io.qconnect.hub.mail.MailIntake} (read it first) has the hub fetch exactly those lines
 * over QAPI and store them like a scheduled import. The mail's own text is never stored as order
 * data, so a forged mail can at most cause a fetch.
 */
package io.qconnect.hub.mail;
