package it.fascicolosociale.careplans;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A periodic review (verifica) of the PAI in force: when, by whom, its outcome, and whether a revision follows. */
@Entity
@Table(name = "plan_review")
public class PlanReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "care_plan_id", updatable = false)
    private Long carePlanId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private String outcome;

    @Column(name = "revision_needed", updatable = false)
    private boolean revisionNeeded;

    @Column(name = "reviewed_by", updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", updatable = false)
    private Instant reviewedAt;

    protected PlanReview() {
    }

    PlanReview(CarePlan plan, String outcome, boolean revisionNeeded, String reviewedBy, Instant reviewedAt) {
        this.carePlanId = plan.getId();
        this.caseId = plan.getCaseId();
        this.outcome = outcome;
        this.revisionNeeded = revisionNeeded;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCarePlanId() {
        return carePlanId;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isRevisionNeeded() {
        return revisionNeeded;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
