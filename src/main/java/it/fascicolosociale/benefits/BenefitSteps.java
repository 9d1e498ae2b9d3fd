package it.fascicolosociale.benefits;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who took each step of a benefit and when: request, check, decision (with the reason of a refusal),
 * activation, end (with its reason). Written only by {@link Benefit}, in the order of its steps.
 */
@Embeddable
public class BenefitSteps {

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "activation_date")
    private LocalDate activationDate;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private BenefitEndReason endReason;

    @Column(name = "ended_by")
    private String endedBy;

    void requested(String operator, Instant at) {
        this.requestedBy = operator;
        this.requestedAt = at;
    }

    void checked(String operator, Instant at) {
        this.checkedBy = operator;
        this.checkedAt = at;
    }

    void decided(String operator, Instant at, String reasonOfRefusal) {
        this.decidedBy = operator;
        this.decidedAt = at;
        this.refusalReason = reasonOfRefusal;
    }

    void activated(LocalDate day, String operator) {
        this.activationDate = day;
        this.activatedBy = operator;
    }

    /** {@code operator} is empty when the benefit ends with the closure of its case. */
    void ended(LocalDate day, BenefitEndReason reason, String operator) {
        this.endedOn = day;
        this.endReason = reason;
        this.endedBy = operator;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public BenefitEndReason getEndReason() {
        return endReason;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
