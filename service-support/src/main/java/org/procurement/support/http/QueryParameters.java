package org.procurement.support.http;

import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the query parameters a resource takes as strings, the one way every service does it. JAX-RS answers a
 * failed conversion of a typed {@code @QueryParam} with 404; a caller deserves a 400 that names each parameter at
 * fault and says what it accepts. Each method notes a fault and returns a neutral value; {@link #validate()} then
 * refuses them all in one problem ({@code invalid-parameter}, one violation per parameter).
 * <pre>
 * QueryParameters query = new QueryParameters();
 * int page = query.intInRange("page", rawPage, 0, 0, 100_000);
 * query.validate();
 * </pre>
 */
public final class QueryParameters {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** Keeps page × size within an int, where the offset is computed. */
    public static final int MAX_PAGE = 100_000;

    private final List<Problem.Violation> violations = new ArrayList<>();

    public <E extends Enum<E>> Optional<E> enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return fault(name, "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + " (was '" + raw + "')");
        }
    }

    /** Repeated parameters and comma-separated values alike. */
    public <E extends Enum<E>> List<E> enumValues(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String part : parts(raw)) {
            enumValue(name, part, type).ifPresent(values::add);
        }
        return values;
    }

    public Optional<Boolean> bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> fault(name, "must be true or false (was '" + raw + "')");
        };
    }

    public int intInRange(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
            fault(name, "must be between " + min + " and " + max + " (was " + value + ")");
        } catch (NumberFormatException e) {
            fault(name, "must be a whole number between " + min + " and " + max + " (was '" + raw + "')");
        }
        return defaultValue;
    }

    /** {@code page}: from 0. */
    public int page(String raw) {
        return intInRange("page", raw, 0, 0, MAX_PAGE);
    }

    /** {@code size}: 1 to 100. */
    public int size(String raw, int defaultValue) {
        return intInRange("size", raw, defaultValue, 1, MAX_PAGE_SIZE);
    }

    public Optional<UUID> uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.trim()));
        } catch (IllegalArgumentException e) {
            return fault(name, "must be a UUID (was '" + raw + "')");
        }
    }

    public List<UUID> uuids(String name, List<String> raw, int maxCount) {
        List<UUID> ids = new ArrayList<>();
        for (String part : parts(raw)) {
            uuid(name, part).ifPresent(ids::add);
        }
        if (ids.size() > maxCount) {
            fault(name, "may name at most " + maxCount + " ids (was " + ids.size() + ")");
            return List.of();
        }
        return ids;
    }

    public Optional<LocalDate> date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.trim()));
        } catch (DateTimeParseException e) {
            return fault(name, "must be a date like 2026-12-31 (was '" + raw + "')");
        }
    }

    /**
     * An ISO-8601 instant, or a date meaning the start of that day (UTC); with {@code endOfDay}, a date means the
     * start of the next day, so that {@code to=2026-11-30} includes all of the 30th.
     */
    public Optional<Instant> instant(String name, String raw, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.trim();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text);
                return Optional.of((endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return fault(name, "must be an ISO-8601 date (2026-11-30) or instant (2026-11-30T12:00:00Z)");
            }
        }
    }

    /** Free text, trimmed, limited to a length that indexes and logs can take. */
    public Optional<String> text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            return fault(name, "must be at most " + maxLength + " characters");
        }
        return Optional.of(raw.trim());
    }

    /** Notes a fault found by a rule of the resource's own (for example one parameter before another). */
    public <T> Optional<T> fault(String name, String message) {
        violations.add(new Problem.Violation(name, message));
        return Optional.empty();
    }

    /** Refuses every fault noted so far in one 400 problem, or returns when there is none. */
    public void validate() {
        if (violations.isEmpty()) {
            return;
        }
        String detail = violations.stream().map(v -> "'" + v.field() + "' " + v.message())
                .collect(Collectors.joining("; "));
        throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "Query parameter " + detail + ".", List.copyOf(violations));
    }

    private static List<String> parts(List<String> raw) {
        List<String> parts = new ArrayList<>();
        for (String each : raw == null ? List.<String>of() : raw) {
            for (String part : each.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }
}
