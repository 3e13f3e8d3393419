package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The requesting government's certificate naming who will use the equipment, with its undertaking not to
 * re-export it. Drafts may hold it incomplete; submission requires every part.
 */
@Embeddable
public class EndUserCertificate {

    @Column(name = "euc_number")
    private String number;
    @Column(name = "euc_issuing_authority")
    private String issuingAuthority;
    @Column(name = "euc_issue_date")
    private LocalDate issueDate;
    @Column(name = "euc_signatory")
    private String signatory;
    @Column(name = "euc_end_user")
    private String endUser;
    @Column(name = "euc_no_re_export")
    private Boolean noReExportUndertaking;

    protected EndUserCertificate() {
    }

    public EndUserCertificate(String number, String issuingAuthority, LocalDate issueDate, String signatory,
            String endUser, Boolean noReExportUndertaking) {
        this.number = number;
        this.issuingAuthority = issuingAuthority;
        this.issueDate = issueDate;
        this.signatory = signatory;
        this.endUser = endUser;
        this.noReExportUndertaking = noReExportUndertaking;
    }

    public String number() {
        return number;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String signatory() {
        return signatory;
    }

    public String endUser() {
        return endUser;
    }

    public Boolean noReExportUndertaking() {
        return noReExportUndertaking;
    }
}
