package org.procurement.testing.fuzz;

import java.nio.charset.StandardCharsets;

/** What the service answered to one fuzz input. */
record FuzzResponse(int status, String contentType, String location, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
