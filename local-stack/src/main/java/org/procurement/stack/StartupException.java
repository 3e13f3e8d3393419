package org.procurement.stack;

import java.nio.file.Path;
import java.util.Optional;

/** A part of the stack failed to start; names the part and, where there is one, its log. */
public class StartupException extends RuntimeException {

    private final String part;
    private final transient Path log;

    public StartupException(String part, String message, Path log) {
        super(part + ": " + message);
        this.part = part;
        this.log = log;
    }

    public StartupException(String part, String message, Path log, Throwable cause) {
        super(part + ": " + message, cause);
        this.part = part;
        this.log = log;
    }

    public String part() {
        return part;
    }

    public Optional<Path> log() {
        return Optional.ofNullable(log);
    }
}
