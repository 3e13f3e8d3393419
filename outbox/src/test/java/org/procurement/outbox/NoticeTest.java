package org.procurement.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.MailServer;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notices become one mail per person, through a real SMTP server, never lost and never twice. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakePeer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class NoticeTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    NoticeDelivery notices;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void clean() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.drain() == 0 && pending() == 0);
        sql("DELETE FROM outbox_message");
    }

    private UUID notify(String subject, Notice notice) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.notify(id, subject, notice));
        return id;
    }

    private static Notice toReviewers(String reference, String excluded) {
        return Notice.toRole("reviewer", excluded, "test-notice", "Case " + reference + " waits for you",
                Map.of("reference", reference, "role", "reviewer"));
    }

    @Test
    void aRoleNoticeReachesEachHolderAndTheirDeputyOnceWithTheTemplateRendered() {
        notify("case-1", toReviewers("REQ-1001", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("REQ-1001").size() == 3);
        List<MailServer.ReceivedMail> mails = MailServer.received().stream()
                .filter(mail -> mail.subject().contains("REQ-1001")).toList();
        assertEquals(Set.of("minjun@demo.invalid", "sora@demo.invalid", "yuna@demo.invalid"),
                mails.stream().map(mail -> mail.to().get(0)).collect(Collectors.toSet()));
        MailServer.ReceivedMail toMinjun = mails.stream().filter(mail -> mail.to().contains("minjun@demo.invalid"))
                .findFirst().orElseThrow();
        assertEquals("Case REQ-1001 waits for you", toMinjun.subject());
        assertTrue(toMinjun.text().startsWith("Dear Minjun Demo,"), toMinjun.text());
        assertTrue(toMinjun.text().contains("case REQ-1001 waits for reviewer."), toMinjun.text());
        assertTrue(toMinjun.messageId().matches("<[0-9a-f-]{36}@procurement>"), toMinjun.messageId());
        assertEquals(3, mails.stream().map(MailServer.ReceivedMail::messageId).distinct().count());
    }

    @Test
    void peopleOfTheExcludedOrganisationAreNotTold() throws SQLException {
        UUID id = notify("case-2", toReviewers("REQ-1002", "KR-DAPA"));
        await().atMost(Duration.ofSeconds(10)).until(() -> text("SELECT delivered_at FROM outbox_message WHERE id = '"
                + id + "'") != null);
        relay.drain();
        assertEquals(0, count("SELECT count(*) FROM outbox_message WHERE destination = 'smtp'"));
        assertEquals(List.of(), subjects("REQ-1002"));
    }

    @Test
    void aPersonNoticeReachesThatPersonOnly() {
        notify("request-3", Notice.toPerson("olena", "test-notice", "Request REQ-1003 was returned",
                Map.of("reference", "REQ-1003", "role", "you")));
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("REQ-1003").size() == 1);
        assertEquals(List.of("olena@demo.invalid"), MailServer.receivedBy("olena@demo.invalid").stream()
                .filter(mail -> mail.subject().contains("REQ-1003")).findFirst().orElseThrow().to());
    }

    @Test
    void expandingANoticeAgainWritesNoMailTwice() throws SQLException {
        Notice notice = toReviewers("REQ-1004", null);
        UUID id = notify("case-4", notice);
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects("REQ-1004").size() == 3);
        // A replica that expanded it and crashed before marking it delivered: the same notice expanded again.
        OutboxMessage again = new OutboxMessage(id, Outbox.NOTICES, "NOTIFY", "notice", "notice/case-4",
                text("SELECT payload FROM outbox_message WHERE id = '" + id + "'"), 2, java.time.Instant.now(), null, null);
        assertEquals(Delivery.Result.DELIVERED, notices.deliver(again).result());
        relay.drain();
        assertEquals(3, count("SELECT count(*) FROM outbox_message WHERE destination = 'smtp' AND payload LIKE '%REQ-1004%'"));
        assertEquals(3, subjects("REQ-1004").size());
    }

    @Test
    void mailWrittenWhileTheMailServerIsDownArrivesOnceItIsBack() throws SQLException {
        MailServer.stopServer();
        try {
            notify("case-5", Notice.toPerson("daeho", "test-notice", "Case REQ-1005 is overdue",
                    Map.of("reference", "REQ-1005", "role", "authorizer")));
            await().atMost(Duration.ofSeconds(10)).until(() -> count(
                    "SELECT count(*) FROM outbox_message WHERE destination = 'smtp' AND attempts >= 2"
                            + " AND delivered_at IS NULL AND last_error LIKE 'SMTP%'") == 1);
        } finally {
            MailServer.restart();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> subjects("REQ-1005").size() == 1);
        relay.drain();
        assertEquals(1, subjects("REQ-1005").size());
        assertEquals(0, pending());
    }

    private static List<String> subjects(String reference) {
        return MailServer.received().stream().map(MailServer.ReceivedMail::subject)
                .filter(subject -> subject.contains(reference)).toList();
    }

    private long pending() throws SQLException {
        return count("SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND dead_at IS NULL");
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String query) {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }
}
