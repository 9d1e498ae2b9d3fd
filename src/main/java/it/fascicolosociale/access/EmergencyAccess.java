package it.fascicolosociale.access;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.CodedConverter;
import it.fascicolosociale.platform.RuleViolation;

/**
 * One break-the-glass: an operator opened one person's file with a reason and an explanation, for at most
 * {@link #LONGEST}; afterwards the DPO or a coordinator says whether it was justified. A request whose codice
 * fiscale matched no file has no person and opens nothing, but is reviewed all the same.
 */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccess {

    /** The longest an emergency access lasts. */
    public static final Duration LONGEST = Duration.ofMinutes(60);
    static final int EXPLANATION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String operator;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Convert(converter = ReasonConverter.class)
    @Column(updatable = false)
    private EmergencyReason reason;

    @Column(updatable = false)
    private String explanation;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** When its operator ended it before the hour; null if it ran (or runs) to its expiry. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "review_outcome")
    private String reviewOutcome;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Version
    private long version;

    protected EmergencyAccess() {
    }

    static EmergencyAccess open(String operator, Long personId, EmergencyReason reason, String explanation, Instant now) {
        if (reason == null) {
            throw new RuleViolation("error.emergency-access.reason-required", "an emergency access needs a reason");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new RuleViolation("error.emergency-access.explanation-required", "an emergency access needs an explanation");
        }
        if (explanation.length() > EXPLANATION_MAX) {
            throw new RuleViolation("error.emergency-access.explanation-too-long", "explanation too long", EXPLANATION_MAX);
        }
        EmergencyAccess access = new EmergencyAccess();
        access.operator = operator;
        access.personId = personId;
        access.reason = reason;
        access.explanation = explanation.strip();
        access.openedAt = now;
        access.expiresAt = now.plus(LONGEST);
        return access;
    }

    /** The reviewer's verdict, once. */
    void review(boolean justified, String note, String reviewer, Instant at) {
        if (reviewOutcome != null) {
            throw new RuleViolation("error.emergency-access.already-reviewed", "emergency access " + id + " already reviewed");
        }
        reviewOutcome = justified ? "justified" : "not-justified";
        reviewNote = note == null || note.isBlank() ? null : note.strip();
        reviewedBy = reviewer;
        reviewedAt = at;
    }

    /** Its operator is done before the hour: it ends now, and its expiry moves here. */
    void end(Instant now) {
        endedAt = now;
        expiresAt = now;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public boolean isInForceAt(Instant now) {
        return personId != null && !now.isBefore(openedAt) && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getOperator() {
        return operator;
    }

    public Long getPersonId() {
        return personId;
    }

    public EmergencyReason getReason() {
        return reason;
    }

    public String getExplanation() {
        return explanation;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    @Converter
    static class ReasonConverter extends CodedConverter<EmergencyReason> {
        ReasonConverter() {
            super(EmergencyReason::fromCode);
        }
    }
}
