package it.fascicolosociale.benefits;

import java.time.LocalDate;

import it.fascicolosociale.platform.ItalianDates;
import it.fascicolosociale.platform.RuleViolation;

/** A delivery dated before the benefit was activated or after its period ends. */
public class DeliveryOutsidePeriodException extends RuleViolation {

    DeliveryOutsidePeriodException(Long benefitId, LocalDate day, LocalDate activation, LocalDate periodTo) {
        super("error.benefit.delivery-outside-period",
                "delivery on " + day + " outside benefit " + benefitId + " (" + activation + " to " + periodTo + ")",
                ItalianDates.format(day), ItalianDates.format(activation), ItalianDates.format(periodTo));
    }
}
