package org.procurement.support.http;

import org.procurement.support.problem.ProblemException;

/** Optimistic concurrency over HTTP: versions travel as strong ETags and come back in If-Match. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses an update that does not name the version it was based on (428) or names an older one (412),
     * so that nobody overwrites a change they have not seen. If-Match compares strongly (RFC 9110, 13.1.1): a weak
     * tag ({@code W/"3"}) never matches, since it does not promise the same representation.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send the If-Match header with the ETag you last read (current: " + of(currentVersion) + ").");
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                continue;
            }
            if (tag.equals("*") || tag.equals(expected) || tag.equals(String.valueOf(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it: If-Match " + ifMatch.trim() + " but the current version is "
                        + expected + ". Reload it and apply your change again.")
                .with("currentVersion", currentVersion);
    }

    /**
     * Whether If-None-Match names this ETag, so a read can answer 304. If-None-Match compares weakly (RFC 9110,
     * 13.1.2): {@code W/"3"} matches {@code "3"}; {@code *} matches any current representation.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
