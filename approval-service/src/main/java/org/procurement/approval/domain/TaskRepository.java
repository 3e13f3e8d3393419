package org.procurement.approval.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inbox as one query: open stages of open cases that a person may decide in one of their capacities (own roles,
 * or a role delegated to them), with the case rules that hide a task expressed in SQL, so that a page is one index
 * walk in due order however many tasks are open. The rules are those of {@link ApprovalCase#refusal}: not the
 * requesting organisation, not the submitter, no decision on the case by anyone whose authority the capacity uses.
 */
@ApplicationScoped
public class TaskRepository {

    private final EntityManager em;

    public TaskRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code query.limit()} tasks after the cursor, due soonest first. */
    public List<Task> page(String organisation, List<Authority> authorities, TaskQuery query, Instant now) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(organisation, authorities, query, now, parameters);
        StringBuilder capacity = new StringBuilder("CASE");
        for (int i = 0; i < authorities.size(); i++) {
            capacity.append(" WHEN ").append(allows(i)).append(" THEN ").append(i);
        }
        capacity.append(" END");
        String sql = "SELECT s.id, " + capacity + " FROM case_stage s JOIN approval_case c ON c.id = s.case_id WHERE "
                + where + (query.after() == null ? "" : " AND (s.due_at, s.case_id, s.stage_key) > (:afterDue, :afterCase, :afterStage)")
                + " ORDER BY s.due_at, s.case_id, s.stage_key LIMIT :limit";
        if (query.after() != null) {
            parameters.put("afterDue", query.after().dueAt());
            parameters.put("afterCase", query.after().caseId());
            parameters.put("afterStage", query.after().stageKey());
        }
        parameters.put("limit", query.limit());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> capacityOf = new LinkedHashMap<>();
        rows.forEach(row -> capacityOf.put((UUID) row[0], ((Number) row[1]).intValue()));
        Map<UUID, CaseStage> stages = em.createQuery("select s from CaseStage s join fetch s.approvalCase where s.id in ?1",
                        CaseStage.class).setParameter(1, capacityOf.keySet()).getResultStream()
                .collect(Collectors.toMap(CaseStage::id, Function.identity()));
        List<Task> tasks = new ArrayList<>();
        capacityOf.forEach((id, i) -> tasks.add(new Task(stages.get(id), authorities.get(i).onBehalfOf())));
        return tasks;
    }

    /**
     * How many tasks match in all, counting no further than {@code cap}. The count walks the inbox's own order, so it
     * is the page's index walk: without the order PostgreSQL chose a sequential scan of case_stage, and a sequential
     * scan joins one already under way (synchronize_seqscans), so it could start past the open stages and read the
     * whole table before it found {@code cap} of them: 1.6 s instead of 20-30 ms at 100,000 open tasks.
     */
    public long count(String organisation, List<Authority> authorities, TaskQuery query, Instant now, int cap) {
        if (authorities.isEmpty()) {
            return 0;
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = "SELECT count(*) FROM (SELECT 1 FROM case_stage s JOIN approval_case c ON c.id = s.case_id WHERE "
                + where(organisation, authorities, query, now, parameters)
                + " ORDER BY s.due_at, s.case_id, s.stage_key LIMIT :cap) AS matching";
        parameters.put("cap", cap);
        return ((Number) bind(em.createNativeQuery(sql), parameters).getSingleResult()).longValue();
    }

    private static String where(String organisation, List<Authority> authorities, TaskQuery query, Instant now,
                                Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("s.status = 'OPEN' AND c.status = 'OPEN' AND c.organisation <> :organisation");
        parameters.put("organisation", organisation == null ? "" : organisation);
        where.append(" AND (");
        for (int i = 0; i < authorities.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append(allows(i));
            parameters.put("roles" + i, authorities.get(i).roles());
            parameters.put("people" + i, authorities.get(i).people());
        }
        where.append(")");
        if (query.role() != null) {
            where.append(" AND s.role = :role");
            parameters.put("role", query.role());
        }
        if (query.stageKey() != null) {
            where.append(" AND s.stage_key = :stageKey");
            parameters.put("stageKey", query.stageKey());
        }
        if (query.priority() != null) {
            where.append(" AND c.priority = :priority");
            parameters.put("priority", query.priority().name());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND s.due_at < :now" : " AND s.due_at >= :now");
            parameters.put("now", now);
        }
        if (query.destination() != null) {
            where.append(" AND c.destination_country = :destination");
            parameters.put("destination", query.destination());
        }
        if (query.reference() != null) {
            where.append(" AND c.reference = :reference");
            parameters.put("reference", query.reference());
        }
        if (query.lethal() != null) {
            where.append(" AND c.lethal = :lethal");
            parameters.put("lethal", query.lethal());
        }
        return where.toString();
    }

    /**
     * Capacity i may decide the stage: its role, and nobody whose authority it uses submitted or decided the case.
     * The two decision checks are separate so that each is answered from a unique index alone, (case_id, actor) and
     * (case_id, on_behalf_of), without reading decision rows: one check with OR read the rows, and at 100,000 open
     * tasks that was most of an inbox call's time.
     */
    private static String allows(int i) {
        String people = "(:people" + i + ")";
        return "(s.role IN (:roles" + i + ") AND c.submitted_by NOT IN " + people
                + " AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.case_id = c.id AND d.actor IN " + people + ")"
                + " AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.case_id = c.id AND d.on_behalf_of IN " + people + "))";
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A delegator's claims on open tasks of a role pass to their delegate, who now works them. */
    public int handOverClaims(String from, String to, String role, Instant now) {
        return em.createQuery("update CaseStage s set s.claimedBy = ?1, s.claimedAt = ?2 "
                        + "where s.claimedBy = ?3 and s.role = ?4 and s.status = ?5")
                .setParameter(1, to).setParameter(2, now).setParameter(3, from).setParameter(4, role)
                .setParameter(5, StageStatus.OPEN).executeUpdate();
    }
}
