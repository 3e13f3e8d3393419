package org.procurement.approval.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** The service's own settings (application.properties, prefix {@code approval}). */
@ConfigMapping(prefix = "approval")
public interface ApprovalConfig {

    /** ISO 3166 codes of destinations at war ({@code CONFLICT_ZONES}, comma-separated). */
    List<String> conflictZones();

    Sla sla();

    interface Sla {
        /** How often the timer looks for overdue stages ({@code 60s}, or {@code off}). */
        String checkInterval();
    }
}
