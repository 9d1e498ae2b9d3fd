package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/** With whom a consent allows sharing: one unit of the platform (by its code), or a category of outside bodies. */
public record ConsentRecipient(String unitCode, BodyCategory category) {

    public ConsentRecipient {
        if (unitCode != null && unitCode.isBlank()) {
            unitCode = null;
        }
        if ((unitCode == null) == (category == null)) {
            throw new RuleViolation("error.consent.recipient-required", "a consent names one unit or one category of bodies");
        }
    }

    public static ConsentRecipient unit(String unitCode) {
        return new ConsentRecipient(unitCode, null);
    }

    public static ConsentRecipient category(BodyCategory category) {
        return new ConsentRecipient(null, category);
    }
}
