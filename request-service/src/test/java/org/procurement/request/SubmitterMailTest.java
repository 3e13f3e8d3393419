package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.MailServer;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.TARAS;

/** The submitter hears by mail, once, that their request was returned or decided; nobody else does. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServer.class, scope = TestResourceScope.GLOBAL)
class SubmitterMailTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    private static String referenceOf(String id) {
        return as(OLENA).get("/requests/" + id).then().extract().path("reference");
    }

    private static List<MailServer.ReceivedMail> mailsAbout(String reference) {
        return MailServer.received().stream().filter(mail -> mail.subject().contains("[" + reference + "]")).toList();
    }

    @Test
    void aReturnedRequestIsMailedToItsSubmitterWithTheReasonOnce() {
        String id = scenarios.inReview(OLENA);
        String reference = referenceOf(id);
        Map<String, Object> returned = Api.caseClosed(1, "RETURNED", null, "Specify calibres", "minjun");
        Api.event(id, returned);
        Api.event(id, returned);
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(reference).size() == 1);
        MailServer.ReceivedMail mail = mailsAbout(reference).get(0);
        assertEquals(List.of(OLENA.email()), mail.to());
        assertTrue(mail.subject().startsWith("[" + reference + "] Returned for amendment: "), mail.subject());
        assertTrue(mail.text().contains("Specify calibres"), mail.text());
        assertTrue(mail.text().contains("/requests/" + id), mail.text());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, mailsAbout(reference).size(), "a redelivered event is not mailed again");
    }

    @Test
    void aDecisionIsMailedToWhoeverSubmittedWithItsConditions() {
        String id = scenarios.inReview(TARAS);
        String reference = as(TARAS).get("/requests/" + id).then().extract().path("reference");
        Api.event(id, Api.caseClosed(1, "APPROVED_WITH_CONDITIONS", "End-use monitoring visit within 6 months", null,
                "daeho"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(reference).size() == 1);
        MailServer.ReceivedMail mail = mailsAbout(reference).get(0);
        assertEquals(List.of(TARAS.email()), mail.to());
        assertTrue(mail.subject().startsWith("[" + reference + "] Approved with conditions: "), mail.subject());
        assertTrue(mail.text().contains("decided: APPROVED_WITH_CONDITIONS"), mail.text());
        assertTrue(mail.text().contains("End-use monitoring visit within 6 months"), mail.text());
        assertTrue(!mail.text().contains("Reason given"), mail.text());
    }

    @Test
    void openingACaseMailsNobody() {
        String id = scenarios.submitted(OLENA);
        String reference = referenceOf(id);
        Api.event(id, Api.caseOpened(1));
        Api.event(id, Api.caseClosed(1, "REJECTED", null, "Destination under embargo", "daeho"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(reference).size() == 1);
        assertTrue(mailsAbout(reference).get(0).subject().contains("Rejected"), "only the decision is mailed");
        assertTrue(mailsAbout(reference).get(0).text().contains("Destination under embargo"));
    }
}
