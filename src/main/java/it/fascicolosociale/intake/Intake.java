package it.fascicolosociale.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;

/**
 * An accesso to the segretariato sociale: who came, for which comune and area, how and why, and how the
 * front office and then the coordinator answered. Changes only through its steps, in their order.
 */
@Entity
public class Intake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "comune", updatable = false)
    private IstatCode comune;

    @Column(name = "user_area_code")
    private UserArea area;

    @Convert(converter = IntakeConverters.ChannelConverter.class)
    private Channel channel;

    @Convert(converter = IntakeConverters.RequesterKindConverter.class)
    @Column(name = "requester_kind")
    private Requester.Kind requesterKind;

    @Column(name = "requester_description")
    private String requesterDescription;

    private String need;

    private boolean urgent;

    @Enumerated(EnumType.STRING)
    private IntakeStatus status;

    @Column(name = "registered_by", updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", updatable = false)
    private Instant registeredAt;

    @Column(name = "interviewed_by")
    private String interviewedBy;

    @Column(name = "interviewed_at")
    private Instant interviewedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "case_id")
    private Long caseId;

    @Version
    private long version;

    protected Intake() {
    }

    static Intake register(IntakeRequest request, String operator, Instant at) {
        Intake intake = new Intake();
        intake.personId = request.personId();
        intake.comune = request.comune();
        intake.area = request.area();
        intake.channel = request.channel();
        intake.requesterKind = request.requester().kind();
        intake.requesterDescription = request.requester().description();
        intake.need = request.need();
        intake.urgent = request.urgent();
        intake.status = IntakeStatus.REGISTERED;
        intake.registeredBy = operator;
        intake.registeredAt = at;
        return intake;
    }

    void recordFirstInterview(InterviewOutcome outcome, String operator, Instant at) {
        requireStatus(IntakeStatus.REGISTERED, "record the first interview");
        this.status = switch (outcome) {
            case INFORMATION -> IntakeStatus.INFORMED;
            case CASE_PROPOSAL -> IntakeStatus.PROPOSED;
            case REFERRAL -> IntakeStatus.REFERRED;
        };
        this.interviewedBy = operator;
        this.interviewedAt = at;
    }

    void accept(Long openedCaseId, String coordinator, Instant at) {
        requireStatus(IntakeStatus.PROPOSED, "accept the presa in carico");
        this.status = IntakeStatus.ACCEPTED;
        this.caseId = openedCaseId;
        this.decidedBy = coordinator;
        this.decidedAt = at;
    }

    void reject(String reason, String coordinator, Instant at) {
        requireStatus(IntakeStatus.PROPOSED, "reject the presa in carico");
        this.status = IntakeStatus.REJECTED;
        this.rejectionReason = reason;
        this.decidedBy = coordinator;
        this.decidedAt = at;
    }

    private void requireStatus(IntakeStatus expected, String step) {
        if (status != expected) {
            throw new IntakeStateException(id, status, step);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public IstatCode getComune() {
        return comune;
    }

    public UserArea getArea() {
        return area;
    }

    public Channel getChannel() {
        return channel;
    }

    public Requester getRequester() {
        return new Requester(requesterKind, requesterDescription);
    }

    public String getNeed() {
        return need;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getInterviewedBy() {
        return interviewedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getVersion() {
        return version;
    }
}
