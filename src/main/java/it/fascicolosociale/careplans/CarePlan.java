package it.fascicolosociale.careplans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of the PAI (progetto assistenziale individualizzato) of a case. The case manager drafts it, the
 * responsabile d'area approves it or sends it back; an approved version stays in force until a revised one
 * is approved. Versions are numbered per case and never deleted.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private String summary;

    private String commitments;

    @ElementCollection
    @CollectionTable(name = "care_plan_goal", joinColumns = @JoinColumn(name = "care_plan_id"))
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "care_plan_id", nullable = false)
    @OrderColumn(name = "position")
    private List<PlannedIntervention> interventions = new ArrayList<>();

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    private long version;

    protected CarePlan() {
    }

    static CarePlan draft(Long caseId, int revision, PlanContent content, String caseManager, Instant at) {
        CarePlan plan = new CarePlan();
        plan.caseId = caseId;
        plan.revision = revision;
        plan.write(content, caseManager, at);
        return plan;
    }

    /** Rework of a version sent back: the content is replaced and the version goes back for approval. */
    void rework(PlanContent content, String caseManager, Instant at) {
        requireStatus(PlanStatus.REJECTED, "rework");
        write(content, caseManager, at);
    }

    void approve(String areaManager, Instant at) {
        requireStatus(PlanStatus.SUBMITTED, "approve");
        status = PlanStatus.APPROVED;
        decide(areaManager, at);
        rejectionReason = null;
    }

    void reject(String reason, String areaManager, Instant at) {
        requireStatus(PlanStatus.SUBMITTED, "reject");
        status = PlanStatus.REJECTED;
        rejectionReason = reason;
        decide(areaManager, at);
    }

    void supersede() {
        requireStatus(PlanStatus.APPROVED, "supersede");
        status = PlanStatus.SUPERSEDED;
    }

    /** The review's judgement on each goal, in the plan's order. */
    void judgeGoals(List<GoalState> states) {
        if (states.size() != goals.size()) {
            throw new PlanStateException(id, status, "judge " + states.size() + " goals of " + goals.size());
        }
        for (int index = 0; index < goals.size(); index++) {
            goals.set(index, goals.get(index).withState(states.get(index)));
        }
    }

    private void write(PlanContent content, String caseManager, Instant at) {
        summary = content.summary();
        commitments = content.commitments();
        goals.clear();
        goals.addAll(content.goals());
        interventions.clear();
        content.benefits().forEach(benefit ->
                interventions.add(PlannedIntervention.benefit(benefit.itemCode(), benefit.quantity(), benefit.period())));
        content.referrals().forEach(referral ->
                interventions.add(PlannedIntervention.referral(referral.target(), referral.reason())));
        status = PlanStatus.SUBMITTED;
        draftedBy = caseManager;
        draftedAt = at;
    }

    private void decide(String areaManager, Instant at) {
        decidedBy = areaManager;
        decidedAt = at;
    }

    private void requireStatus(PlanStatus expected, String step) {
        if (status != expected) {
            throw new PlanStateException(id, status, step);
        }
    }

    public List<PlannedIntervention> interventionsOf(InterventionKind kind) {
        return interventions.stream().filter(intervention -> intervention.getKind() == kind).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getRevision() {
        return revision;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getCommitments() {
        return commitments;
    }

    public List<Goal> getGoals() {
        return List.copyOf(goals);
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public long getVersion() {
        return version;
    }
}
