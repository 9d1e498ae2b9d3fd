package it.fascicolosociale.referrals;

import java.util.Optional;

import it.fascicolosociale.people.ConsentRecipient;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Where a referral goes: a unit of the platform, by its code, or an external body. A referral asked by a process
 * for "an external body" may name the body later, before its letter ({@link #externalToBeNamed()}).
 */
public record ReferralTarget(String unitCode, ExternalBody body) {

    /** What processes carry instead of a unit code when the target is outside the platform. */
    public static final String EXTERNAL = "external";

    public ReferralTarget {
        if (unitCode != null && body != null) {
            throw new IllegalArgumentException("a referral goes to a unit or to an external body, not both");
        }
    }

    public static ReferralTarget unit(String unitCode) {
        if (unitCode == null || unitCode.isBlank() || EXTERNAL.equals(unitCode)) {
            throw new RuleViolation("error.referral.target-required", "a referral needs its target unit");
        }
        return new ReferralTarget(unitCode, null);
    }

    public static ReferralTarget external(ExternalBody body) {
        if (body == null) {
            throw new RuleViolation("error.referral.target-required", "a referral needs its external body");
        }
        return new ReferralTarget(null, body);
    }

    public static ReferralTarget externalToBeNamed() {
        return new ReferralTarget(null, null);
    }

    public boolean isUnit() {
        return unitCode != null;
    }

    /** The unit code, or {@value #EXTERNAL}. */
    public String code() {
        return isUnit() ? unitCode : EXTERNAL;
    }

    /** Whom a consent must name to allow this referral: the unit, or the category of the body once named. */
    public Optional<ConsentRecipient> consentRecipient() {
        if (isUnit()) {
            return Optional.of(ConsentRecipient.unit(unitCode));
        }
        return Optional.ofNullable(body).map(named -> ConsentRecipient.category(named.category()));
    }
}
