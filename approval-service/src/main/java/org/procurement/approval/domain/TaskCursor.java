package org.procurement.approval.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Where a page of the inbox ends: the last task's due time, case and stage, in the inbox's order. Opaque to callers. */
public record TaskCursor(Instant dueAt, UUID caseId, String stageKey) {

    public static TaskCursor after(CaseStage stage) {
        return new TaskCursor(stage.dueAt(), stage.approvalCase().id(), stage.key());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((dueAt + "|" + caseId + "|" + stageKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a previous page gave, or empty when the text is not one. */
    public static Optional<TaskCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TaskCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), parts[2]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
