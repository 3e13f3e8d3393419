package org.procurement.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands one mail to the SMTP server. The message is marked delivered only once the server accepted it; its
 * {@code Message-ID} is the outbox message's id, so the rare resend after a crash between acceptance and marking
 * carries the same id and mail systems recognise it as the same mail.
 */
@ApplicationScoped
public class MailDelivery {

    private final ReactiveMailer mailer;
    private final ObjectMapper json;
    private final OutboxConfig config;

    public MailDelivery(ReactiveMailer mailer, ObjectMapper json, OutboxConfig config) {
        this.mailer = mailer;
        this.json = json;
        this.config = config;
    }

    public Delivery.Outcome deliver(OutboxMessage message) {
        OutgoingMail mail;
        try {
            mail = json.readValue(message.payload(), OutgoingMail.class);
        } catch (JsonProcessingException e) {
            return new Delivery.Outcome(Delivery.Result.REFUSED, "Not a mail: " + e.getOriginalMessage());
        }
        try {
            // Bounded like any delivery: a server that accepts the connection and then says nothing must not hold
            // up the relay until its socket times out.
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())
                    .addHeader("Message-ID", messageId(message))).await().atMost(config.timeout());
            return new Delivery.Outcome(Delivery.Result.DELIVERED, null);
        } catch (RuntimeException e) {
            // Server down or refusing for now; the address itself comes from the directory and is not logged.
            return new Delivery.Outcome(Delivery.Result.RETRY, "SMTP: " + e.getMessage());
        }
    }

    static String messageId(OutboxMessage message) {
        return "<" + message.id() + "@procurement>";
    }
}
