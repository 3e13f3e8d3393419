package org.procurement.approval.rest;

import org.procurement.support.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses query and path parameters taken as strings. JAX-RS would answer a failed conversion with 404; parsing here
 * gives a 400 problem that names the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(name, "must be one of: " + allowed);
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    /**
     * An ISO-8601 instant, or a date meaning the start of that day (UTC); with {@code endOfDay}, a date means the
     * start of the next day, so that {@code to=2026-11-30} includes all of the 30th.
     */
    static Instant instant(String name, String value, Instant defaultValue, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String text = value.trim();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalid(name, "must be an ISO-8601 date (2026-11-30) or instant (2026-11-30T12:00:00Z)");
            }
        }
    }
}
