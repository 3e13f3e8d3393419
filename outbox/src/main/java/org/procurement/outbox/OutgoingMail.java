package org.procurement.outbox;

/** One rendered mail to one address, as an outbox message stores it until the SMTP server has accepted it. */
public record OutgoingMail(String to, String subject, String text) {
}
