package org.procurement.approval.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;

/** The service's own settings (application.properties, prefix {@code approval}). */
@ConfigMapping(prefix = "approval")
public interface ApprovalConfig {

    /** ISO 3166 codes of destinations at war ({@code CONFLICT_ZONES}, comma-separated). */
    List<String> conflictZones();

    Sla sla();

    Floor floor();

    Aggregated aggregation();

    Delegations delegation();

    interface Delegations {
        /** {@code APPROVAL_DELEGATION_MAX}, an ISO-8601 duration (default P30D). */
        Duration maxPeriod();
    }

    /** How far back an organisation's requests for the same items count towards a new request's total. */
    interface Aggregated {
        /** {@code APPROVAL_AGGREGATION_WINDOW}, an ISO-8601 duration (default P90D). */
        Duration window();
    }

    /** The sign-off no policy may go below (deployment configuration, not policy data). */
    interface Floor {
        /** Roles that decide a stage of every case ({@code APPROVAL_FLOOR_EVERY_CASE}). */
        List<String> everyCase();

        /** Roles that decide a stage of every case with a lethal line bound for a conflict zone. */
        List<String> lethalToConflictZone();
    }

    interface Sla {
        /** How often the timer looks for overdue stages ({@code 60s}, or {@code off}). */
        String checkInterval();
    }
}
