package it.fascicolosociale.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.RuleViolation;

/**
 * A multidimensional assessment (valutazione multidimensionale) of a social case: requested for the case, its
 * social part prepared by the case manager, the session convened by the district UVMD, and the UVMD's outcome.
 * Each step comes only after the one before it: no session without a complete social part, no outcome without
 * a session.
 */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(updatable = false)
    private AssessmentInstrument instrument;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    @Embedded
    private SocialPart socialPart;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "session_planned_on")
    private LocalDate sessionPlannedOn;

    @Column(name = "convened_by")
    private String convenedBy;

    @Embedded
    private UvmdOutcome outcome;

    @Column(name = "case_manager_changed")
    private Boolean caseManagerChanged;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected Assessment() {
    }

    static Assessment request(Long caseId, Long personId, AssessmentInstrument instrument, String caseManager, Instant at) {
        Assessment assessment = new Assessment();
        assessment.caseId = caseId;
        assessment.personId = personId;
        assessment.instrument = instrument;
        assessment.status = AssessmentStatus.REQUESTED;
        assessment.requestedBy = caseManager;
        assessment.requestedAt = at;
        return assessment;
    }

    void prepareSocialPart(SocialPart part, String caseManager, Clock clock) {
        requireStatus(AssessmentStatus.REQUESTED, "prepare the social part");
        part.requireFieldsOf(instrument);
        this.socialPart = part;
        this.preparedBy = caseManager;
        this.preparedAt = clock.instant();
        this.status = AssessmentStatus.PREPARED;
    }

    /** Sets (or moves, until the outcome) the date of the session, which cannot come before the request reached the UVMD. */
    void convene(LocalDate sessionDate, String operator, Clock clock) {
        if (status != AssessmentStatus.CONVENED) {
            requireStatus(AssessmentStatus.PREPARED, "convene the session");
        }
        requireNotBeforeRequest(sessionDate, clock);
        this.sessionPlannedOn = sessionDate;
        this.convenedBy = operator;
        this.status = AssessmentStatus.CONVENED;
    }

    /** Records the outcome of a session held no later than today; says whether the case manager changed. */
    void recordOutcome(UvmdOutcome decided, String currentCaseManager, String operator, Clock clock) {
        requireStatus(AssessmentStatus.CONVENED, "record the outcome");
        requireNotBeforeRequest(decided.sessionDate(), clock);
        if (decided.sessionDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("error.assessment.session-in-future", "outcome of a session after today");
        }
        this.outcome = decided;
        this.caseManagerChanged = !decided.caseManager().equals(currentCaseManager);
        this.recordedBy = operator;
        this.recordedAt = clock.instant();
        this.status = AssessmentStatus.DECIDED;
    }

    private void requireNotBeforeRequest(LocalDate sessionDate, Clock clock) {
        if (sessionDate.isBefore(LocalDate.ofInstant(preparedAt, clock.getZone()))) {
            throw new RuleViolation("error.assessment.session-before-request", "session before the request reached the UVMD");
        }
    }

    private void requireStatus(AssessmentStatus expected, String step) {
        if (status != expected) {
            throw new AssessmentStateException(id, status, step);
        }
    }

    /** Whether the outcome holds on a given day: decided, and within a year of its session. */
    public boolean isValidOn(LocalDate day) {
        return outcome != null && outcome.validity().contains(day);
    }

    /** The instrument as the SINA flow codes it. */
    public AssessmentTool getTool() {
        return instrument.tool();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getPersonId() {
        return personId;
    }

    public AssessmentInstrument getInstrument() {
        return instrument;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<SocialPart> getSocialPart() {
        return Optional.ofNullable(socialPart);
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public LocalDate getSessionPlannedOn() {
        return sessionPlannedOn;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public Optional<UvmdOutcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public boolean isCaseManagerChanged() {
        return Boolean.TRUE.equals(caseManagerChanged);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
