package org.procurement.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a {@link Notice} into one mail per person: finds the people (the directory, and the deputies of a role's
 * holders), renders the service's template for each, and writes each mail as an outbox message of its own, all in
 * one transaction. A mail's id is derived from the notice's id and the person, so a notice expanded twice (a retry
 * after a crash) writes no mail twice; each mail then succeeds or is retried on its own.
 */
@ApplicationScoped
public class NoticeDelivery {

    private final Directory directory;
    private final Instance<Deputies> deputies;
    private final Engine templates;
    private final OutboxStore store;
    private final ObjectMapper json;

    public NoticeDelivery(Directory directory, Instance<Deputies> deputies, Engine templates, OutboxStore store,
                          ObjectMapper json) {
        this.directory = directory;
        this.deputies = deputies;
        this.templates = templates;
        this.store = store;
        this.json = json;
    }

    public Delivery.Outcome deliver(OutboxMessage message) {
        Notice notice;
        try {
            notice = json.readValue(message.payload(), Notice.class);
        } catch (JsonProcessingException e) {
            return new Delivery.Outcome(Delivery.Result.REFUSED, "Not a notice: " + e.getOriginalMessage());
        }
        Template template = templates.getTemplate("mail/" + notice.template());
        if (template == null) {
            return new Delivery.Outcome(Delivery.Result.REFUSED, "No mail template mail/" + notice.template());
        }
        List<Person> recipients;
        try {
            recipients = recipients(notice);
        } catch (WebApplicationException e) {
            return new Delivery.Outcome(Delivery.Result.RETRY, "Directory answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return new Delivery.Outcome(Delivery.Result.RETRY, "Directory unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Delivery.Outcome(Delivery.Result.RETRY, "Could not ask the directory: " + e);
        }
        List<OutboxMessage> mails = new ArrayList<>();
        for (Person person : recipients) {
            String text = template.data("data", notice.data()).data("recipient", person).render();
            UUID id = UUID.nameUUIDFromBytes((message.id() + "/" + person.username()).getBytes(StandardCharsets.UTF_8));
            mails.add(new OutboxMessage(id, Outbox.SMTP, "SEND", "mail", "mail/" + id,
                    toJson(new OutgoingMail(person.email(), notice.subject(), text)), 0, null, message.correlationId(),
                    message.traceparent()));
        }
        QuarkusTransaction.requiringNew().run(() -> mails.forEach(store::insertOnce));
        return new Delivery.Outcome(Delivery.Result.DELIVERED, mails.size() + " mails");
    }

    /** Each person once, with an address, never of the excluded organisation. */
    private List<Person> recipients(Notice notice) {
        Map<String, Person> found = new LinkedHashMap<>();
        if (notice.audience() == Notice.Audience.PERSON) {
            directory.person(notice.name()).ifPresent(person -> found.put(person.username(), person));
        } else {
            directory.holdersOf(notice.name()).forEach(person -> found.put(person.username(), person));
            if (deputies.isResolvable()) {
                Set<String> acting = deputies.get().of(notice.name(), List.copyOf(found.keySet()));
                for (String deputy : acting) {
                    if (!found.containsKey(deputy)) {
                        directory.person(deputy).ifPresent(person -> found.put(person.username(), person));
                    }
                }
            }
        }
        return found.values().stream().filter(Person::reachable)
                .filter(person -> notice.excludedOrganisation() == null
                        || !Objects.equals(notice.excludedOrganisation(), person.organisation()))
                .toList();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
