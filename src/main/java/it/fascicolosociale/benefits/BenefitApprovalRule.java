package it.fascicolosociale.benefits;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.Role;
import it.fascicolosociale.platform.Period;

/**
 * Who approves the benefits of a managing body, and with which act, for a period: e.g. the area manager
 * with a determinazione, or the Giunta with a delibera recorded by the social worker. A rule without
 * managing body is the default for the bodies that have none of their own.
 */
@Entity
@Table(name = "benefit_approval_rule")
public class BenefitApprovalRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "managing_body_id")
    private Long managingBodyId;

    @Column(name = "approver_role_code")
    private Role approverRole;

    @Column(name = "act_type")
    private ApprovalActType actType;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected BenefitApprovalRule() {
    }

    public Period period() {
        return new Period(validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    /** Empty for the default rule. */
    public Long getManagingBodyId() {
        return managingBodyId;
    }

    /** The role that approves, at the unit in charge of the case's comune and area. */
    public Role getApproverRole() {
        return approverRole;
    }

    public ApprovalActType getActType() {
        return actType;
    }

    public long getVersion() {
        return version;
    }
}
