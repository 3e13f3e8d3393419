package org.procurement.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaValidationTests {

    private final Schemas schemas = new Schemas();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.overlay(overlay)) {
            schemas.validate(object).forEach(p -> problems.add(Manifests.id(object) + ": " + p));
        }
        assertEquals(List.of(), problems, overlay);
    }

    // The validators themselves: each must reject what the API server would reject.

    @Test
    void aMisspelledFieldInABuiltInKindIsRejected() {
        ObjectNode deployment = Manifests.named(Manifests.overlay("prod"), "Deployment", "catalog-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertFalse(schemas.validate(deployment).isEmpty());
    }

    @Test
    void aMissingRequiredFieldInABuiltInKindIsRejected() {
        ObjectNode service = Manifests.named(Manifests.overlay("prod"), "Service", "catalog-service").deepCopy();
        ((ObjectNode) service.at("/spec/ports/0")).remove("port");
        assertFalse(schemas.validate(service).isEmpty());
    }

    @Test
    void aRemovedApiVersionIsRejected() {
        ObjectNode hpa = Manifests.named(Manifests.overlay("prod"), "HorizontalPodAutoscaler", "catalog-service").deepCopy();
        hpa.put("apiVersion", "autoscaling/v2beta2");
        assertFalse(schemas.validate(hpa).isEmpty());
    }

    @Test
    void anUnknownFieldOrWrongTypeInACustomResourceIsRejected() {
        ObjectNode cluster = Manifests.named(Manifests.overlay("prod"), "Cluster", "catalog-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instance", 3);
        assertTrue(schemas.validate(cluster).stream().anyMatch(p -> p.contains("/spec/instance: unknown field")));
        ObjectNode keycloak = Manifests.named(Manifests.overlay("prod"), "Keycloak", "keycloak").deepCopy();
        ((ObjectNode) keycloak.get("spec")).put("instances", "two");
        assertTrue(schemas.validate(keycloak).stream().anyMatch(p -> p.contains("/spec/instances: expected integer")));
    }
}
