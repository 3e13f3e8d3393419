package org.procurement.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.system.Api.requests;

/**
 * Measures (never asserts) how long events take between services: twenty submissions, each timed from the
 * request's SUBMITTED entry to its CASE_OPENED entry (request → approval → request: two outbox hops).
 */
class EventLatencyIT {

    @Test
    void twentySubmissionsEachOpenACaseAndReportTheirLatency() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = Api.createDraft("taras", Api.request("Medical kits, batch " + i, "UA",
                    Map.of("e0a30a81-f0d8-5e90-890a-d71cdad649e1", 100)));
            Api.submit("taras", id);
            ids.add(id);
        }
        List<Long> millis = new ArrayList<>();
        for (String id : ids) {
            Api.awaitStatus("taras", id, "IN_REVIEW");
            List<Map<String, Object>> timeline = requests("taras").get("/requests/" + id + "/timeline").then()
                    .extract().path("");
            millis.add(Duration.between(Objects.requireNonNull(Latencies.at(timeline, "SUBMITTED")),
                    Objects.requireNonNull(Latencies.at(timeline, "CASE_OPENED"))).toMillis());
        }
        assertEquals(20, millis.size());
        Story.say("submit committed → case opened applied in request-service (two outbox hops), 20 requests: %s",
                Latencies.summary(millis));
    }
}
