package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;
import org.procurement.approval.domain.CaseStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.approval.policy.Facts.UA_AT_WAR;
import static org.procurement.approval.policy.Facts.tents;

/** The arithmetic of aggregated totals, without a database. */
class AggregationTest {

    static final Duration NINETY_DAYS = Duration.ofDays(90);
    static final UUID HOWITZER = UUID.randomUUID();
    static final UUID TRUCK = UUID.randomUUID();
    static final UUID FIRST = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final TotalAtLeast HUNDRED_MILLION = new TotalAtLeast(new BigDecimal("100000000"));

    static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theTotalAddsTheLinesOfOtherRequestsForTheSameItemsOnly() {
        Aggregation a = Aggregation.of(usd("40000000.00"), Set.of(HOWITZER), "UA-MOD", NINETY_DAYS, List.of(
                new PriorLine(FIRST, "REQ-1", HOWITZER, usd("35000000.00")),
                new PriorLine(FIRST, "REQ-1", TRUCK, usd("90000000.00")),
                new PriorLine(SECOND, "REQ-2", HOWITZER, usd("30000000.00"))));

        assertEquals(usd("105000000.00"), a.total());
        assertEquals(List.of(new CountedRequest(FIRST, "REQ-1", usd("35000000.00")),
                new CountedRequest(SECOND, "REQ-2", usd("30000000.00"))), a.counted());
    }

    @Test
    void severalLinesOfOneRequestAreCountedAsOneRequest() {
        Aggregation a = Aggregation.of(usd("1.00"), Set.of(HOWITZER, TRUCK), "UA-MOD", NINETY_DAYS, List.of(
                new PriorLine(FIRST, "REQ-1", HOWITZER, usd("10.00")),
                new PriorLine(FIRST, "REQ-1", TRUCK, usd("5.50"))));

        assertEquals(usd("16.50"), a.total());
        assertEquals(List.of(new CountedRequest(FIRST, "REQ-1", usd("15.50"))), a.counted());
    }

    @Test
    void linesWithoutAnItemOrAValueCountNothing() {
        Aggregation a = Aggregation.of(usd("7.00"), Set.of(HOWITZER), "UA-MOD", NINETY_DAYS, List.of(
                new PriorLine(FIRST, "REQ-1", null, usd("10.00")),
                new PriorLine(SECOND, "REQ-2", HOWITZER, null)));

        assertEquals(usd("7.00"), a.total());
        assertTrue(a.counted().isEmpty());
    }

    @Test
    void aRequestCountedAloneIsDescribedAsItsTotal() {
        assertEquals("the total 7.00 USD", Aggregation.alone(usd("7.00")).describe("USD"));
        assertEquals("the total 7.00 USD",
                Aggregation.of(usd("7.00"), Set.of(HOWITZER), "UA-MOD", NINETY_DAYS, List.of()).describe("USD"));
    }

    @Test
    void splittingAPurchaseDoesNotEscapeTheThresholdAndTheReasonSaysWhy() {
        Aggregation a = Aggregation.of(usd("40000000.00"), Set.of(HOWITZER), "UA-MOD", NINETY_DAYS, List.of(
                new PriorLine(FIRST, "REQ-1", HOWITZER, usd("40000000.00")),
                new PriorLine(SECOND, "REQ-2", HOWITZER, usd("40000000.00"))));
        RequestFacts facts = Facts.of(Priority.ROUTINE, "PL", "40000000.00", tents()).withAggregation(a);

        Evaluation e = HUNDRED_MILLION.evaluate(facts, UA_AT_WAR);

        assertTrue(e.holds());
        assertEquals("the aggregated total 120000000.00 USD (this request and 2 others of UA-MOD for the same items "
                + "in 90 days) is at least 100000000", e.because());
        assertFalse(HUNDRED_MILLION.evaluate(Facts.of(Priority.ROUTINE, "PL", "40000000.00", tents()), UA_AT_WAR).holds(),
                "the same request alone stays below");
    }

    @Test
    void aWindowThatIsNotWholeDaysIsNamedAsADuration() {
        Aggregation a = Aggregation.of(usd("1"), Set.of(HOWITZER), "PL-MOD", Duration.ofHours(36),
                List.of(new PriorLine(FIRST, "REQ-1", HOWITZER, usd("2"))));

        assertEquals("the aggregated total 3 USD (this request and 1 other of PL-MOD for the same items in PT36H)",
                a.describe("USD"));
    }

    @Test
    void onlyOpenAndApprovedCasesAreLive() {
        assertEquals(List.of(CaseStatus.OPEN, CaseStatus.APPROVED, CaseStatus.APPROVED_WITH_CONDITIONS),
                Arrays.stream(CaseStatus.values()).filter(CaseStatus::isLive).toList());
    }
}
