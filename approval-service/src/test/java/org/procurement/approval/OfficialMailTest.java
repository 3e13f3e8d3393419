package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.approval.service.OverdueStages;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MailServer;
import org.procurement.testing.MutableClock;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The officials of a stage are told by mail when it opens for them and when it is overdue: one mail each. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class OfficialMailTest {

    @Inject
    MutableClock clock;
    @Inject
    OverdueStages overdueStages;
    @Inject
    javax.sql.DataSource dataSource;

    /**
     * Every case opened by the tests before this class left notices to expand and mail; they are not this class's
     * business and would only queue ahead of its own.
     */
    @org.junit.jupiter.api.BeforeEach
    void dropOtherTestsNotices() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE outbox_message SET delivered_at = now() WHERE destination IN"
                    + " ('notices', 'smtp') AND delivered_at IS NULL AND dead_at IS NULL");
        }
    }

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    /** Who got a mail about this case whose subject contains {@code what}, sorted. */
    private static List<String> told(Submission submission, String what) {
        return MailServer.received().stream()
                .filter(mail -> mail.subject().contains("[" + submission.reference + "]") && mail.subject().contains(what))
                .flatMap(mail -> mail.to().stream()).sorted().toList();
    }

    private static List<String> awaitTold(Submission submission, String what, int count) {
        await().atMost(Duration.ofSeconds(45)).until(() -> told(submission, what).size() >= count);
        return told(submission, what);
    }

    @Test
    void eachOfficialOfAnOpenedStageGetsOneMailAndTheNextStagesOfficialsWhenItOpens() {
        Submission submission = Submission.lethalArtilleryTo("UA");
        UUID caseId = Api.open(submission);

        // Technical review (reviewer) and export control open together; sora holds both roles: one mail per stage.
        assertEquals(List.of("minjun@demo.invalid", "seoyeon@demo.invalid", "sora@demo.invalid", "sora@demo.invalid"),
                awaitTold(submission, "waits for your decision", 4));
        assertEquals(List.of("minjun@demo.invalid", "sora@demo.invalid"), told(submission, "Technical review"));
        MailServer.ReceivedMail toMinjun = MailServer.receivedBy("minjun@demo.invalid").stream()
                .filter(mail -> mail.subject().contains(submission.reference)).findFirst().orElseThrow();
        assertTrue(toMinjun.text().contains("Stage     Technical review (technical-review)"), toMinjun.text());
        assertTrue(toMinjun.text().contains(caseId.toString()), toMinjun.text());
        assertTrue(told(submission, "").stream().noneMatch(to -> to.startsWith("jiho") || to.startsWith("olena")),
                "later stages' officials and the ministry are not told yet");

        List<String> firstStages = Api.stageKeys(caseId).stream()
                .filter(key -> "OPEN".equals(Api.stageStatus(caseId, key))).toList();
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        for (String key : firstStages) {
            if (!key.equals("technical-review")) {
                Api.approve(DemoUser.SEOYEON, caseId, key);
            }
        }
        List<String> next = Api.stageKeys(caseId).stream()
                .filter(key -> "OPEN".equals(Api.stageStatus(caseId, key))).toList();
        assertEquals(1, next.size(), next.toString());
        String nextTitle = Api.caseOf(caseId).getString("stages.find { it.key == '" + next.get(0) + "' }.title");
        String nextRole = Api.caseOf(caseId).getString("stages.find { it.key == '" + next.get(0) + "' }.role");
        List<String> expected = java.util.Arrays.stream(DemoUser.values())
                .filter(user -> user.roles().contains(nextRole)).map(DemoUser::email).sorted().toList();
        assertEquals(expected, awaitTold(submission, nextTitle, expected.size()));
        assertEquals(2, told(submission, "Technical review").size(), "nobody is told twice");
    }

    @Test
    void aStagePastItsDueTimeTellsItsOfficialsOnce() {
        Submission submission = Submission.nonLethalSuppliesTo("UA").priority("EMERGENCY");
        Api.open(submission);
        awaitTold(submission, "waits for your decision", 4);
        clock.advance(Duration.ofDays(3));
        overdueStages.flag();
        overdueStages.flag();
        // Both first stages are overdue: each tells its own officials (sora holds both roles).
        assertEquals(List.of("minjun@demo.invalid", "seoyeon@demo.invalid", "sora@demo.invalid", "sora@demo.invalid"),
                awaitTold(submission, "OVERDUE", 4));
        assertEquals(List.of("minjun@demo.invalid", "sora@demo.invalid"), told(submission, "OVERDUE: Technical review"));
        MailServer.ReceivedMail overdue = MailServer.receivedBy("minjun@demo.invalid").stream()
                .filter(mail -> mail.subject().contains(submission.reference) && mail.subject().contains("OVERDUE"))
                .findFirst().orElseThrow();
        assertTrue(overdue.text().contains("is past its due time"), overdue.text());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(4, told(submission, "OVERDUE").size(), "each official once per stage, though the check ran twice");
    }

    @Test
    void theDelegateOfAnOfficialIsToldTooAndTheRequestingMinistrysOwnPeopleAreNot() {
        String delegation = given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).contentType(ContentType.JSON)
                .body(Map.of("delegate", "yuna", "role", "reviewer", "until", clock.instant().plus(Duration.ofDays(2)).toString(),
                        "reason", "Leave"))
                .when().post("/delegations").then().statusCode(201).extract().path("id");
        try {
            Submission submission = Submission.nonLethalSuppliesTo("UA");
            Api.open(submission);
            assertEquals(List.of("minjun@demo.invalid", "sora@demo.invalid", "yuna@demo.invalid"),
                    awaitTold(submission, "Technical review", 3));

            // A request of KR-DAPA itself: its reviewers may not decide it, so none of them is told.
            Submission own = Submission.nonLethalSuppliesTo("UA").by("KR-DAPA", "admin");
            Api.open(own);
            Submission other = Submission.nonLethalSuppliesTo("UA");
            Api.open(other);
            awaitTold(other, "Technical review", 3);
            assertEquals(List.of(), told(own, ""));
        } finally {
            given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).when().delete("/delegations/" + delegation)
                    .then().statusCode(200);
        }
    }
}
