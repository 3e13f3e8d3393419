package org.procurement.request.domain;

/** What happened to a request, as recorded on its timeline. */
public enum TimelineAction {
    CREATED,
    EDITED,
    SUBMITTED,
    CASE_OPENED,
    /** Earlier stages of the case completed and the next ones opened. */
    STAGES_OPENED,
    DECIDED,
    WITHDRAWN,
    /** The catalogue could not reserve the approved quantities; the request waits for stock. */
    RESERVATION_REFUSED,
    /** The approved quantities were reserved after the request waited for stock. */
    RESERVED,
    /** An event from approval-service that arrived but was not applied (older round or no longer legal). */
    EVENT_IGNORED
}
