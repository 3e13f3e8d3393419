package org.procurement.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.procurement.system.Api.approvals;
import static org.procurement.system.Api.requests;

/**
 * How long events take between services, read from the records both sides keep: the request timeline
 * (submitted → case opened applied) and the case's closing time against the request's decision entry.
 */
final class Latencies {

    private static final List<Long> SUBMIT_TO_IN_REVIEW = new ArrayList<>();
    private static final List<Long> CLOSE_TO_DECIDED = new ArrayList<>();

    private Latencies() {
    }

    static synchronized void recordFromTimeline(String requestId) {
        List<Map<String, Object>> timeline = requests("olena").get("/requests/" + requestId + "/timeline")
                .then().extract().path("");
        Instant submitted = at(timeline, "SUBMITTED");
        Instant opened = at(timeline, "CASE_OPENED");
        Instant decided = at(timeline, "DECIDED");
        if (submitted != null && opened != null) {
            SUBMIT_TO_IN_REVIEW.add(Duration.between(submitted, opened).toMillis());
        }
        List<Map<String, Object>> cases = approvals("audrey").queryParam("requestId", requestId).get("/cases")
                .then().extract().path("items");
        for (Map<String, Object> summary : cases) {
            String closedAt = approvals("audrey").get("/cases/" + summary.get("id")).then().extract().path("closedAt");
            if (closedAt != null && decided != null) {
                CLOSE_TO_DECIDED.add(Duration.between(Instant.parse(closedAt), decided).toMillis());
            }
        }
        Story.say("event latency so far: submit→IN_REVIEW (two hops) %s; case closed→request decided (one hop) %s",
                summary(SUBMIT_TO_IN_REVIEW), summary(CLOSE_TO_DECIDED));
    }

    /** When the timeline last recorded {@code action}, or null if it never did. */
    static Instant at(List<Map<String, Object>> timeline, String action) {
        return timeline.stream().filter(entry -> action.equals(entry.get("action"))).reduce((a, b) -> b)
                .map(entry -> Instant.parse((String) entry.get("at"))).orElse(null);
    }

    static String summary(List<Long> samples) {
        if (samples.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = samples.stream().sorted().toList();
        return "n=%d median=%d ms p95=%d ms max=%d ms".formatted(sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
