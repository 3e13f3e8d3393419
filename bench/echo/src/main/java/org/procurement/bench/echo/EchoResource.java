package org.procurement.bench.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The framework ceiling: a signed-in user's GET answered with the catalogue's default page, read once from a file
 * at start and serialised by Jackson on every call, as the real endpoint does, but with no database behind it.
 */
@Path("/echo")
public class EchoResource {

    private final JsonNode page;

    public EchoResource(ObjectMapper mapper, @ConfigProperty(name = "echo.file") java.nio.file.Path file) throws IOException {
        this.page = Files.exists(file) ? mapper.readTree(file.toFile()) : mapper.createObjectNode();
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode page() {
        return page;
    }
}
