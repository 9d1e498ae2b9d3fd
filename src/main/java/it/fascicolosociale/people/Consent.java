package it.fascicolosociale.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.Period;

/**
 * A person's consent to share their data with another service (GDPR art. 6(1)(a) and 9(2)(a)): for what, with
 * whom, from when to when, who recorded it, and whether and when the person withdrew it. Never deleted: the record
 * shows, for any past day, whether sharing was allowed. A withdrawal holds from the day it is recorded (art. 7(3)).
 */
@Entity
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Convert(converter = PeopleConverters.ConsentScopeConverter.class)
    @Column(updatable = false)
    private ConsentScope scope;

    @Column(name = "recipient_unit", updatable = false)
    private String recipientUnit;

    @Convert(converter = PeopleConverters.BodyCategoryConverter.class)
    @Column(name = "recipient_category", updatable = false)
    private BodyCategory recipientCategory;

    @Column(name = "given_on", updatable = false)
    private LocalDate givenOn;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Version
    private long version;

    protected Consent() {
    }

    static Consent record(ConsentTerms terms, String operator, Instant at) {
        Consent consent = new Consent();
        consent.personId = terms.personId();
        consent.scope = terms.scope();
        consent.recipientUnit = terms.recipient().unitCode();
        consent.recipientCategory = terms.recipient().category();
        consent.givenOn = terms.givenOn();
        consent.validFrom = terms.validity().from();
        consent.validTo = terms.validity().to();
        consent.recordedBy = operator;
        consent.recordedAt = at;
        return consent;
    }

    /** The person withdrew the consent: from {@code day} on it allows nothing. */
    void withdraw(String operator, Instant at, LocalDate day) {
        if (isWithdrawn()) {
            throw new ConsentWithdrawnException(id);
        }
        this.withdrawnBy = operator;
        this.withdrawnAt = at;
        this.withdrawnOn = day;
    }

    /** Whether the consent allowed sharing on {@code day}: within its validity and before any withdrawal. */
    public boolean isInForce(LocalDate day) {
        return validity().contains(day) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    /** In force on {@code day} for that recipient and a purpose its scope covers. */
    public boolean allows(ConsentScope needed, ConsentRecipient recipient, LocalDate day) {
        return scope.covers(needed) && recipient().equals(recipient) && isInForce(day);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public ConsentRecipient recipient() {
        return new ConsentRecipient(recipientUnit, recipientCategory);
    }

    public Period validity() {
        return new Period(validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public long getVersion() {
        return version;
    }
}
