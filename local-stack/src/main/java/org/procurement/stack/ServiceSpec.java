package org.procurement.stack;

import java.util.List;
import java.util.Optional;

/**
 * One of the suite's Quarkus services, as the stack starts it.
 *
 * @param clientSecret the demo secret of its Keycloak client (service account, and token introspection)
 */
public record ServiceSpec(String name, Database database, Optional<String> clientSecret) {

    public static final ServiceSpec CATALOG =
            new ServiceSpec("catalog-service", Database.CATALOG, Optional.of("catalog-service-demo-secret"));
    public static final ServiceSpec REQUEST =
            new ServiceSpec("request-service", Database.REQUEST, Optional.of("request-service-demo-secret"));
    public static final ServiceSpec APPROVAL =
            new ServiceSpec("approval-service", Database.APPROVAL, Optional.of("approval-service-demo-secret"));

    /** In start order. */
    public static final List<ServiceSpec> ALL = List.of(CATALOG, REQUEST, APPROVAL);
}
