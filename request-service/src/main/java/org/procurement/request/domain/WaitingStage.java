package org.procurement.request.domain;

import java.time.Instant;

/** A stage of the request's approval case that is open now: what the ministry waits for, and until when. */
public record WaitingStage(String key, String title, String role, Instant dueAt) {
}
