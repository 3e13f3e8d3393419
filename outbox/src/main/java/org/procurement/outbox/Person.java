package org.procurement.outbox;

/** Someone the directory (Keycloak) knows, as far as a mail to them needs: the address and how to greet them. */
public record Person(String username, String email, String firstName, String lastName, String organisation) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
