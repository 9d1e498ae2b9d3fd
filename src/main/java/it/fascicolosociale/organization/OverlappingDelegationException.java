package it.fascicolosociale.organization;

import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/** A comune and area can have one managing body at a time: the new period meets an existing one. */
public class OverlappingDelegationException extends RuleViolation {

    public OverlappingDelegationException(IstatCode municipality, UserArea area, Period existing) {
        super("error.delegation.overlap",
                "Delegation for comune " + municipality + " and area " + area.code() + " overlaps the one from "
                        + existing.from() + (existing.to() == null ? " (open-ended)" : " to " + existing.to()),
                ItalianDates.format(existing.from()), existing.to() == null ? "" : " al " + ItalianDates.format(existing.to()));
    }
}
