package org.procurement.approval.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** OWASP CSV injection: no cell of the CSV export starts a formula in a spreadsheet. */
class CsvInjectionTest {

    @Test
    void cellsThatWouldStartAFormulaGetALeadingApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", AuditExportFormat.csvField("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1+1", AuditExportFormat.csvField("+1+1"));
        assertEquals("'-2+3", AuditExportFormat.csvField("-2+3"));
        assertEquals("'@SUM(A1:A9)", AuditExportFormat.csvField("@SUM(A1:A9)"));
        assertEquals("'\tcmd", AuditExportFormat.csvField("\tcmd"));
        assertEquals("\"'\rcmd\"", AuditExportFormat.csvField("\rcmd"));
    }

    @Test
    void neutralisedCellsAreStillQuotedAsRfc4180Wants() {
        assertEquals("\"'=1,2\"", AuditExportFormat.csvField("=1,2"));
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        assertEquals("Looks right", AuditExportFormat.csvField("Looks right"));
        assertEquals("a=b", AuditExportFormat.csvField("a=b"));
        assertEquals("", AuditExportFormat.csvField(""));
        assertEquals("", AuditExportFormat.csvField(null));
    }
}
