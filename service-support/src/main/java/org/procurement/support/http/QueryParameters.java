package org.procurement.support.http;

import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses query parameters that resources take as strings. JAX-RS answers a failed conversion of a typed
 * {@code @QueryParam} with 404; callers deserve a 400 that names the parameter and says what it accepts.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> Optional<E> enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + " (was '" + raw + "')");
        }
    }

    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String each : raw == null ? List.<String>of() : raw) {
            for (String part : each.split(",")) {
                enumValue(name, part, type).ifPresent(values::add);
            }
        }
        return values;
    }

    public static Optional<Boolean> bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (raw.trim().toLowerCase()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw invalid(name, "must be true or false (was '" + raw + "')");
        };
    }

    public static int intInRange(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw invalid(name, "must be between " + min + " and " + max + " (was " + value + ")");
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number between " + min + " and " + max + " (was '" + raw + "')");
        }
    }

    public static UUID uuid(String name, String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(name, "must be a UUID (was '" + raw + "')");
        }
    }

    public static List<UUID> uuids(String name, List<String> raw, int maxCount) {
        List<UUID> ids = new ArrayList<>();
        for (String each : raw == null ? List.<String>of() : raw) {
            for (String part : each.split(",")) {
                if (!part.isBlank()) {
                    ids.add(uuid(name, part));
                }
            }
        }
        if (ids.size() > maxCount) {
            throw invalid(name, "may name at most " + maxCount + " ids (was " + ids.size() + ")");
        }
        return ids;
    }

    public static Optional<LocalDate> date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.trim()));
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date like 2026-12-31 (was '" + raw + "')");
        }
    }

    /** Limits free text to a length that indexes and logs can take. */
    public static Optional<String> text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        return Optional.of(raw.trim());
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "Query parameter '" + name + "' " + message + ".", List.of(new Problem.Violation(name, message)));
    }
}
