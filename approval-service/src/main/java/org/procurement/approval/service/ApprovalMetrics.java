package org.procurement.approval.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.approval.domain.DecisionOutcome;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Business metrics on the Prometheus endpoint: decisions by outcome, and open cases read from the database at
 * each scrape (so every replica reports the same, true number).
 */
@Startup
@ApplicationScoped
public class ApprovalMetrics {

    private final MeterRegistry registry;

    public ApprovalMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.registry = registry;
        Gauge.builder("procurement.cases.open", dataSource, ApprovalMetrics::openCases)
                .description("Approval cases still open").register(registry);
    }

    void decided(DecisionOutcome outcome) {
        registry.counter("procurement.decisions", "outcome", outcome.name()).increment();
    }

    private static double openCases(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM approval_case WHERE status = 'OPEN'")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
