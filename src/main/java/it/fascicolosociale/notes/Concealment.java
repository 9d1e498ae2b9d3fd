package it.fascicolosociale.notes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.CodedConverter;
import it.fascicolosociale.platform.RuleViolation;

/**
 * An oscuramento: at the person's request (or their representative's), one note or document of the file is hidden
 * from every service but the team of the case, until the request is revoked. Never deleted.
 */
@Entity
public class Concealment {

    /** The kinds of item that can be concealed. */
    public static final String NOTE = "note";
    public static final String DOCUMENT = "document";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "item_type", updatable = false)
    private String itemType;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Convert(converter = RequesterConverter.class)
    @Column(name = "requested_by", updatable = false)
    private ConcealmentRequester requestedBy;

    @Column(name = "requested_on", updatable = false)
    private LocalDate requestedOn;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Concealment() {
    }

    static Concealment record(Long caseId, String itemType, Long itemId, ConcealmentRequester requestedBy,
                              LocalDate requestedOn, String operator, Instant at, LocalDate today) {
        if (requestedBy == null) {
            throw new RuleViolation("error.concealment.requester-required", "who asked must be named");
        }
        if (requestedOn == null || requestedOn.isAfter(today)) {
            throw new RuleViolation("error.concealment.requested-on", "the request's day must be today or before");
        }
        Concealment concealment = new Concealment();
        concealment.caseId = caseId;
        concealment.itemType = itemType;
        concealment.itemId = itemId;
        concealment.requestedBy = requestedBy;
        concealment.requestedOn = requestedOn;
        concealment.recordedBy = operator;
        concealment.recordedAt = at;
        return concealment;
    }

    void revoke(String operator, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolation("error.concealment.already-revoked", "concealment " + id + " already revoked");
        }
        revokedBy = operator;
        revokedAt = at;
    }

    public boolean isInForce() {
        return revokedAt == null;
    }

    /** The item as the page names it, e.g. {@code note-3}. */
    public String itemKey() {
        return itemType + "-" + itemId;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getItemType() {
        return itemType;
    }

    public Long getItemId() {
        return itemId;
    }

    public ConcealmentRequester getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Converter
    static class RequesterConverter extends CodedConverter<ConcealmentRequester> {
        RequesterConverter() {
            super(ConcealmentRequester::fromCode);
        }
    }
}
