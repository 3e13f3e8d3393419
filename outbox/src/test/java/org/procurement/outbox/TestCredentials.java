package org.procurement.outbox;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for Keycloak: the relay's token source is not what these tests are about. */
@Mock
@ApplicationScoped
public class TestCredentials implements ServiceCredentials {

    static final String TOKEN = "test-service-token";
    /** The correlation id in the MDC each time the relay asked for a token: what its log lines would carry. */
    static final List<String> CORRELATION_IDS_SEEN = new CopyOnWriteArrayList<>();

    @Override
    public String bearerToken() {
        Object id = MDC.get(MessageContext.MDC_KEY);
        CORRELATION_IDS_SEEN.add(id == null ? "none" : id.toString());
        return TOKEN;
    }

    @Override
    public void invalidate() {
    }
}
