package org.procurement.testing;

import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correlation ids as every service must handle them (service-support's CorrelationFilter): a well-formed
 * {@code X-Correlation-Id} is kept, echoed and put into the MDC of the request's log lines; a malformed one is
 * replaced; a request without one gets a fresh one. A service's test class extends this and names an endpoint.
 */
public abstract class CorrelationContract {

    private static final String HEADER = "X-Correlation-Id";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A GET that {@link #reader()} may call. */
    protected abstract String authenticatedPath();

    protected abstract DemoUser reader();

    private final List<ExtLogRecord> requestLog = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                requestLog.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToTheRequestLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("org.procurement.requests").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("org.procurement.requests").removeHandler(capture);
    }

    private Response read(String correlationId) {
        var request = given().auth().oauth2(Tokens.of(reader()));
        if (correlationId != null) {
            request.header(HEADER, correlationId);
        }
        return request.when().get(authenticatedPath());
    }

    @Test
    void aWellFormedCorrelationIdIsKeptEchoedAndCarriedByTheRequestsLogLines() {
        String id = "corr-" + System.nanoTime() + ":a.b_c";
        Response response = read(id);
        assertEquals(200, response.statusCode());
        assertEquals(id, response.header(HEADER));
        List<ExtLogRecord> lines = requestLog.stream().filter(r -> id.equals(r.getMdc("correlationId"))).toList();
        assertEquals(1, lines.size(), "one request-log line under " + id + " in " + requestLog.size() + " lines");
        String message = lines.get(0).getFormattedMessage();
        assertTrue(message.startsWith("GET ") && message.contains(" -> 200 ("), message);
    }

    @Test
    void aMalformedCorrelationIdIsReplacedByAFreshOne() {
        for (String bad : List.of("has space", "x".repeat(65), "quote\"d", "semi;colon", "ünïcode", "line%0Abreak")) {
            String answered = read(bad).header(HEADER);
            assertTrue(answered != null && answered.matches(UUID), bad + " answered " + answered);
            assertTrue(requestLog.stream().noneMatch(r -> bad.equals(r.getMdc("correlationId"))), bad);
        }
        // The longest accepted id is 64 characters.
        String longest = "y".repeat(64);
        assertEquals(longest, read(longest).header(HEADER));
    }

    @Test
    void aRequestWithoutOneGetsAFreshId() {
        String first = read(null).header(HEADER);
        String second = read(null).header(HEADER);
        assertTrue(first != null && first.matches(UUID), first);
        assertTrue(second != null && second.matches(UUID), second);
        assertNotEquals(first, second);
    }

    @Test
    void refusedRequestsCarryTheIdToo() {
        String id = "refused-" + System.nanoTime();
        Response response = given().header(HEADER, id).when().get(authenticatedPath());
        assertEquals(401, response.statusCode());
        assertEquals(id, response.header(HEADER));
    }
}
