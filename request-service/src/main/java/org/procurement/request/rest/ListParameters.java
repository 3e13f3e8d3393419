package org.procurement.request.rest;

import org.procurement.request.domain.Priority;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.service.RequestSearch;
import org.procurement.support.problem.Problem.Violation;
import org.procurement.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the list's query parameters from strings: JAX-RS would answer a failed conversion with 404, whereas a
 * caller deserves 400 naming each parameter at fault.
 */
final class ListParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Keeps page × size within an int, where the offset is computed. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    private final List<Violation> violations = new ArrayList<>();

    private ListParameters() {
    }

    static RequestSearch parse(String status, String priority, String organisation, String reference,
            String submittedFrom, String submittedTo, String page, String size) {
        ListParameters p = new ListParameters();
        RequestSearch search = new RequestSearch(
                p.enumeration("status", status, RequestStatus.class),
                p.enumeration("priority", priority, Priority.class),
                blankToNull(organisation),
                blankToNull(reference),
                p.date("submittedFrom", submittedFrom),
                p.date("submittedTo", submittedTo),
                p.number("page", page, 0, 0, MAX_PAGE),
                p.number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
        if (search.submittedFrom() != null && search.submittedTo() != null
                && search.submittedFrom().isAfter(search.submittedTo())) {
            p.violations.add(new Violation("submittedTo", "must not be before submittedFrom"));
        }
        if (!p.violations.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "Validation failed",
                    "Invalid query parameter(s): " + p.violations.stream().map(Violation::field)
                            .collect(Collectors.joining(", ")) + ".", p.violations);
        }
        return search;
    }

    private <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT)), "must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private LocalDate date(String name, String value) {
        return parse(name, value, v -> LocalDate.parse(v.trim()), "must be a date like 2026-11-26");
    }

    private int number(String name, String value, int fallback, int min, int max) {
        Integer parsed = parse(name, value, v -> Integer.valueOf(v.trim()), "must be a whole number");
        if (parsed == null) {
            return fallback;
        }
        if (parsed < min || parsed > max) {
            violations.add(new Violation(name, "must be between " + min + " and " + max));
            return fallback;
        }
        return parsed;
    }

    private <T> T parse(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new Violation(name, message));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
