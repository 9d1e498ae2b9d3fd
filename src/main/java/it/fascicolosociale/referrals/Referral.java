package it.fascicolosociale.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.referrals.ReferralEntry.Kind;

/**
 * An invio: a request of a case manager or front office to another service (a unit of the platform, or an
 * external body that gets a letter), sent only when justified ({@link ReferralPolicy}); then the recipient's
 * answer, the updates of an accepted collaboration and its closure, as dated entries. Changes through its steps,
 * in their order.
 */
@Entity
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(updatable = false)
    private String sender;

    @Column(name = "target_unit", updatable = false)
    private String targetUnit;

    @Convert(converter = ReferralConverters.BodyCategoryConverter.class)
    @Column(name = "external_category")
    private BodyCategory externalCategory;

    @Column(name = "external_name")
    private String externalName;

    @Column(name = "external_address")
    private String externalAddress;

    @Column(updatable = false)
    private String reason;

    @Embedded
    private Justification justification;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String letter;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    @OrderBy("recordedAt, id")
    private List<ReferralEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
    }

    static Referral request(ReferralRequest request, String sender, Instant at) {
        Referral referral = new Referral();
        referral.caseId = request.caseId();
        referral.intakeId = request.intakeId();
        referral.personId = request.personId();
        referral.sender = sender;
        referral.targetUnit = request.target().unitCode();
        referral.name(request.target().body());
        referral.reason = request.reason();
        referral.status = ReferralStatus.REQUESTED;
        referral.requestedAt = at;
        return referral;
    }

    /** Names the external body of a referral asked for "an external body". */
    void nameExternalBody(ExternalBody body) {
        require(ReferralStatus.REQUESTED, "name the external body");
        if (target().isUnit()) {
            throw new ReferralStateException(id, status, "name an external body for a unit");
        }
        name(body);
    }

    void justifyByLegalBasis(Justification legalBasis) {
        require(ReferralStatus.REQUESTED, "record a legal basis");
        this.justification = legalBasis;
    }

    /** Sent to the unit, or its letter produced for the external body, with what makes it lawful. */
    void send(Justification lawful, String letterText, Instant at) {
        require(ReferralStatus.REQUESTED, "send");
        if (target().isUnit() != (letterText == null)) {
            throw new ReferralStateException(id, status, target().isUnit() ? "send a letter to a unit" : "send without a letter");
        }
        this.justification = lawful;
        this.letter = letterText;
        this.status = ReferralStatus.SENT;
        this.sentAt = at;
    }

    void answer(boolean accepted, String text, LocalDate answeredOn, String by, Instant at) {
        require(ReferralStatus.SENT, "record the answer");
        this.status = accepted ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED;
        entries.add(new ReferralEntry(accepted ? Kind.ACCEPTANCE : Kind.DECLINE, text, answeredOn, by, at));
    }

    void postUpdate(String text, String by, Instant at) {
        require(ReferralStatus.ACCEPTED, "post an update");
        entries.add(new ReferralEntry(Kind.UPDATE, text, null, by, at));
    }

    void close(String text, String by, Instant at) {
        require(ReferralStatus.ACCEPTED, "close the collaboration");
        this.status = ReferralStatus.CLOSED;
        entries.add(new ReferralEntry(Kind.CLOSURE, text, null, by, at));
    }

    void recordReminder(String text, String by, Instant at) {
        require(ReferralStatus.SENT, "remind the recipient");
        entries.add(new ReferralEntry(Kind.REMINDER, text, null, by, at));
    }

    void withdraw(String text, String by, Instant at) {
        require(ReferralStatus.REQUESTED, "withdraw");
        this.status = ReferralStatus.WITHDRAWN;
        entries.add(new ReferralEntry(Kind.WITHDRAWAL, text, null, by, at));
    }

    private void name(ExternalBody body) {
        this.externalCategory = body == null ? null : body.category();
        this.externalName = body == null ? null : body.name();
        this.externalAddress = body == null ? null : body.address();
    }

    private void require(ReferralStatus expected, String step) {
        if (status != expected) {
            throw new ReferralStateException(id, status, step);
        }
    }

    public ReferralTarget target() {
        if (targetUnit != null) {
            return ReferralTarget.unit(targetUnit);
        }
        return externalName == null ? ReferralTarget.externalToBeNamed()
                : ReferralTarget.external(new ExternalBody(externalCategory, externalName, externalAddress));
    }

    /** The recorded justification: a legal basis before sending, the one the referral was sent with after. */
    public Optional<Justification> justification() {
        return Optional.ofNullable(justification);
    }

    /** The letter of a referral to an external body, once produced. */
    public Optional<String> letter() {
        return Optional.ofNullable(letter);
    }

    public List<ReferralEntry> entries() {
        return List.copyOf(entries);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getIntakeId() {
        return intakeId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getSender() {
        return sender;
    }

    public String getReason() {
        return reason;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
