package it.fascicolosociale.referrals;

import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A body outside the platform, without accounts (a school, the Tribunale per i minorenni, a third-sector body):
 * it receives a letter, and the sender records its answer.
 */
public record ExternalBody(BodyCategory category, String name, String address) {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 500;

    public ExternalBody {
        if (category == null) {
            throw new RuleViolation("error.referral.external-category-required", "an external body needs its category");
        }
        name = Texts.required(name, NAME_MAX, "error.referral.external-name-required", "error.referral.external-name-too-long");
        address = Texts.required(address, ADDRESS_MAX, "error.referral.external-address-required",
                "error.referral.external-address-too-long");
    }
}
