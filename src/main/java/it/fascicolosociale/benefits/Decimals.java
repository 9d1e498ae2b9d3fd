package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.util.Objects;

import it.fascicolosociale.platform.RuleViolation;

/** Amounts and percentages as the tariff tables keep them: not negative, to the cent, scale 2. */
final class Decimals {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Decimals() {
    }

    /** The value with scale 2; refuses a negative value or one with more than two decimals. */
    static BigDecimal twoDecimals(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("error.tariff.amount-format",
                    what + " must be a non-negative amount with at most two decimals: " + value.toPlainString(),
                    value.toPlainString());
        }
        return value.setScale(2);
    }

    /** A quantity of units (hours, meals, euro...): positive, to the hundredth, scale 2. */
    static BigDecimal quantity(BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("error.benefit.quantity-format",
                    "a quantity is positive with at most two decimals: " + value, value == null ? "" : value.toPlainString());
        }
        return value.setScale(2);
    }

    static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }
}
