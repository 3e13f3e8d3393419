package org.procurement.system;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.system.Api.requests;

/**
 * Mail through the stack's real SMTP server, with recipients from real Keycloak: when olena's request opens a case,
 * the reviewers are told (once each) and nobody else; when a reviewer returns it, olena is told why.
 */
class MailIT {

    @Test
    void theReviewersHearOfTheNewCaseAndTheSubmitterOfItsReturn() {
        String requestId = Api.createDraft("olena", Api.request("Mail: body armour for the territorial defence", "UA",
                Map.of(Api.BODY_ARMOUR, 25)));
        Api.submit("olena", requestId);
        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        String reference = requests("olena").get("/requests/" + requestId).then().extract().path("reference");
        String caseId = Api.caseOf(requestId, 1);

        Mailbox.Mail toMinjun = Mailbox.awaitMail("minjun", "[" + reference + "] Technical review");
        assertTrue(toMinjun.text().contains(caseId), toMinjun.text());
        Mailbox.awaitMail("sora", "[" + reference + "] Technical review");
        Story.say("minjun and sora (reviewers, from Keycloak) were mailed that %s waits for technical review", reference);
        assertEquals(0, Mailbox.about("olena", "[" + reference + "]").size(), "the ministry is not told of stages");
        assertEquals(0, Mailbox.about("daeho", "[" + reference + "]").size(), "later stages' officials not yet");

        Api.decide("minjun", caseId, "technical-review", "RETURN_FOR_AMENDMENT", null,
                "State the units that will wear the armour").then().statusCode(201);
        Api.awaitStatus("olena", requestId, "RETURNED");
        Mailbox.Mail returned = Mailbox.awaitMail("olena", "[" + reference + "] Returned for amendment");
        assertTrue(returned.text().contains("State the units that will wear the armour"), returned.text());
        Story.say("olena was mailed that %s was returned, with the reason", reference);
        assertEquals(1, Mailbox.about("minjun", "[" + reference + "] Technical review").size(), "one mail per person");
    }
}
