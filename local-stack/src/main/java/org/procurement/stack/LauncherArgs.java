package org.procurement.stack;

import java.util.List;

/**
 * The launcher's command line: {@code [start|stop|status] [--reset] [--no-services] [--help]}, or
 * {@code otp <user>}.
 *
 * @param user the demo user of {@code otp}; null for the other commands
 */
public record LauncherArgs(Command command, boolean reset, boolean withServices, String user) {

    public enum Command { START, STOP, STATUS, HELP, OTP }

    public LauncherArgs(Command command, boolean reset, boolean withServices) {
        this(command, reset, withServices, null);
    }

    public static final String USAGE = String.join("\n",
            "Usage: ./run.sh [start|stop|status] [--reset] [--no-services]",
            "       ./run.sh otp <user>",
            "",
            "  start          start PostgreSQL, Keycloak and the three services (default); Ctrl-C stops them",
            "  stop           stop a stack started from this checkout (in another terminal)",
            "  status         show whether it runs, and its processes",
            "  --reset        wipe the local data (.local-stack/data) before starting",
            "  --no-services  start only PostgreSQL and Keycloak",
            "  otp <user>     the one-time code a demo authorizer, policy-board member or catalog-admin signs in",
            "                 with now (and the setup key to add them to an authenticator app)",
            "",
            "Environment: PG_PORT (15432), KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180),",
            "  PROCUREMENT_CACHE_DIR (~/.cache/procurement-suite), SERVICE_JAVA_OPTS (-XX:+UseSerialGC -Xms32m -Xmx128m -Xmn24m ...)",
            "",
            "Existing servers instead of the embedded ones (see local-stack/README.md):",
            "  PG_URL=jdbc:postgresql://host[:port][/database]  with PG_ADMIN_USER, PG_ADMIN_PASSWORD: an account that",
            "      may create roles and databases; the missing ones are created there, nothing is ever dropped",
            "      (--reset is refused). Role passwords: CATALOG_DB_PASSWORD, REQUEST_DB_PASSWORD,",
            "      APPROVAL_DB_PASSWORD, KEYCLOAK_DB_PASSWORD (default: the demo password = database name)",
            "  KEYCLOAK_URL=https://sso.example  a running Keycloak into which deploy/keycloak/procurement-realm.json",
            "      has been imported; the services get KEYCLOAK_URL/realms/procurement");

    /** @throws IllegalArgumentException on an unknown or misplaced argument */
    public static LauncherArgs parse(List<String> args) {
        Command command = null;
        boolean reset = false;
        boolean withServices = true;
        if (!args.isEmpty() && args.get(0).equals("otp")) {
            if (args.size() != 2 || args.get(1).startsWith("-")) {
                throw new IllegalArgumentException("otp takes one demo user name, e.g. ./run.sh otp daeho");
            }
            return new LauncherArgs(Command.OTP, false, true, args.get(1));
        }
        for (String arg : args) {
            switch (arg) {
                case "start", "stop", "status" -> {
                    if (command != null) {
                        throw new IllegalArgumentException("more than one command: " + command.name().toLowerCase() + ", " + arg);
                    }
                    command = Command.valueOf(arg.toUpperCase());
                }
                case "--reset" -> reset = true;
                case "--no-services" -> withServices = false;
                case "-h", "--help", "help" -> {
                    return new LauncherArgs(Command.HELP, false, true);
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (command == null) {
            command = Command.START;
        }
        if (command != Command.START && (reset || !withServices)) {
            throw new IllegalArgumentException("--reset and --no-services go with start only");
        }
        return new LauncherArgs(command, reset, withServices);
    }
}
