package org.procurement.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A demo user's inbox on the stack's real mail server, read through the server's HTTP API. */
final class Mailbox {

    record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    static List<Mail> of(String user) {
        JsonPath inbox = RestAssured.given().baseUri(Suite.get().mailViewUrl())
                .get("/api/user/" + user + "@demo.invalid/messages/INBOX").then().extract().jsonPath();
        if (!(inbox.get() instanceof List)) {
            return List.of(); // no mail for that address yet: the server does not know the user
        }
        List<Map<String, Object>> messages = inbox.getList("");
        return messages.stream().map(message -> new Mail((String) message.get("subject"),
                body((String) message.get("mimeMessage")))).toList();
    }

    /** Mails of the user whose subject contains {@code text}. */
    static List<Mail> about(String user, String text) {
        return of(user).stream().filter(mail -> mail.subject().contains(text)).toList();
    }

    /** Waits until the user has a mail whose subject contains {@code text}, and returns it. */
    static Mail awaitMail(String user, String text) {
        Predicate<List<Mail>> arrived = mails -> !mails.isEmpty();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> arrived.test(about(user, text)));
        return about(user, text).get(0);
    }

    private static String body(String mime) {
        int blank = mime.indexOf("\r\n\r\n");
        return (blank < 0 ? mime : mime.substring(blank + 4)).replace("=\r\n", "").replace("\r\n", "\n");
    }
}
