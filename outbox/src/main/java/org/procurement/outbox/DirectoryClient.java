package org.procurement.outbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin API for one realm ({@code .../admin/realms/<realm>}), read with this service's own service
 * account, which holds realm-management's query-users and view-users (and view-realm, which listing a realm role's
 * members requires) and nothing that changes anything.
 */
@OidcClientFilter
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    @GET
    @Path("roles/{role}/users")
    List<User> usersInRole(@PathParam("role") String role, @QueryParam("briefRepresentation") boolean brief,
                           @QueryParam("first") int first, @QueryParam("max") int max);

    @GET
    @Path("users")
    List<User> usersNamed(@QueryParam("username") String username, @QueryParam("exact") boolean exact,
                          @QueryParam("briefRepresentation") boolean brief);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String username, String email, String firstName, String lastName, Boolean enabled,
                Map<String, List<String>> attributes) {

        Person person() {
            List<String> org = attributes == null ? null : attributes.get("org");
            return new Person(username, email, firstName, lastName, org == null || org.isEmpty() ? null : org.get(0));
        }

        boolean active() {
            return enabled == null || enabled;
        }
    }
}
