package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.util.Objects;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A benefit as the PAI asks for it: for which case, from which planned intervention (if known), which
 * catalogue item, how many units, for which period. Person, paying comune and area come from the case.
 */
public record BenefitRequest(Long caseId, Long interventionId, String itemCode, BigDecimal quantity, Period period) {

    public BenefitRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(period, "period");
        quantity = Decimals.quantity(quantity);
        if (period.to() == null) {
            throw new RuleViolation("error.benefit.period-end-required", "a benefit is granted for a period with an end");
        }
    }
}
