package it.fascicolosociale.referrals;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import it.fascicolosociale.platform.RuleViolation;

/**
 * What makes a referral lawful (see {@link ReferralPolicy}): the person's consent in force for the recipient, by
 * its id, or a legal basis with the sender's reason (e.g. the number and date of the court's decree).
 */
@Embeddable
public class Justification {

    /** Consent of the person, or a legal basis other than consent. */
    public enum Kind { CONSENT, LEGAL_BASIS }

    static final int REASON_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "justification")
    private Kind kind;

    @Column(name = "consent_id")
    private Long consentId;

    @Convert(converter = ReferralConverters.LegalBasisConverter.class)
    @Column(name = "legal_basis")
    private LegalBasis legalBasis;

    @Column(name = "justification_reason")
    private String reason;

    protected Justification() {
    }

    public static Justification byConsent(Long consentId) {
        Justification justification = new Justification();
        justification.kind = Kind.CONSENT;
        justification.consentId = Objects.requireNonNull(consentId, "consentId");
        return justification;
    }

    public static Justification byLegalBasis(LegalBasis basis, String reason) {
        if (basis == null) {
            throw new RuleViolation("error.referral.legal-basis-required", "a legal basis must be named");
        }
        Justification justification = new Justification();
        justification.kind = Kind.LEGAL_BASIS;
        justification.legalBasis = basis;
        justification.reason = Texts.required(reason, REASON_MAX, "error.referral.legal-basis-reason-required",
                "error.referral.legal-basis-reason-too-long");
        return justification;
    }

    public boolean isLegalBasis() {
        return kind == Kind.LEGAL_BASIS;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getConsentId() {
        return consentId;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getReason() {
        return reason;
    }
}
