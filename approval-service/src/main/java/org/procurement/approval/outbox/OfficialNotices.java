package org.procurement.approval.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.outbox.Notice;
import org.procurement.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the officials of a stage's role, by mail through the outbox, that it waits for them or is overdue: one
 * notice per stage and occasion (its id derives from the stage), so each official gets one mail each time. The
 * requesting ministry's own people are left out: they may not decide its case.
 */
@ApplicationScoped
public class OfficialNotices {

    private final Outbox outbox;

    public OfficialNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stageOpened(ApprovalCase c, CaseStage stage) {
        send("stage-opened", c, stage, "[" + c.reference() + "] " + stage.title() + " waits for your decision");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stageOverdue(ApprovalCase c, CaseStage stage) {
        send("stage-overdue", c, stage, "[" + c.reference() + "] OVERDUE: " + stage.title() + " was due " + stage.dueAt());
    }

    private void send(String occasion, ApprovalCase c, CaseStage stage, String subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.id().toString());
        data.put("reference", c.reference());
        data.put("title", c.title());
        data.put("organisation", c.organisation());
        data.put("priority", c.priority().name());
        data.put("destination", c.destinationCountry());
        data.put("stageKey", stage.key());
        data.put("stageTitle", stage.title());
        data.put("role", stage.role());
        data.put("dueAt", stage.dueAt().toString());
        UUID id = UUID.nameUUIDFromBytes((occasion + "/" + stage.id()).getBytes(StandardCharsets.UTF_8));
        outbox.notify(id, c.id().toString(), Notice.toRole(stage.role(), c.organisation(), occasion, subject, data));
    }
}
