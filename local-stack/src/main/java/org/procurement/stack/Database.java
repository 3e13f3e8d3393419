package org.procurement.stack;

import java.util.List;

/** A PostgreSQL database with its owning login role. Demo credentials only. */
public record Database(String name, String user, String password) {

    public static final Database CATALOG = new Database("catalog", "catalog", "catalog");
    public static final Database REQUEST = new Database("request", "request", "request");
    public static final Database APPROVAL = new Database("approval", "approval", "approval");
    public static final Database KEYCLOAK = new Database("keycloak", "keycloak", "keycloak");

    /** Every database the suite needs. */
    public static final List<Database> ALL = List.of(CATALOG, REQUEST, APPROVAL, KEYCLOAK);

    /**
     * The role that owns the database and runs its migrations. For the services' databases it is a role apart
     * ({@code catalog_owner}…), so the role a service runs as owns nothing and cannot rewrite what is append-only;
     * Keycloak owns its own.
     */
    public String owner() {
        return separateOwner() ? user + "_owner" : user;
    }

    /** The owner's password: a demo value derived from the database's. */
    public String ownerPassword() {
        return separateOwner() ? password + "-owner" : password;
    }

    public boolean separateOwner() {
        return !name.equals("keycloak");
    }

    public Database {
        for (String part : List.of(name, user)) {
            if (!part.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + part);
            }
        }
        if (password.contains("'")) {
            throw new IllegalArgumentException("password must not contain a quote");
        }
    }
}
