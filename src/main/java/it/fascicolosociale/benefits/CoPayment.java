package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The split of the cost of one unit (an hour, a meal, a trip...) between the user (quota utente) and
 * the public body (quota ente), in euro with scale 2.
 *
 * <p>The user's amount is rounded to the cent, half up, as euro amounts are rounded (the rule of
 * Reg. (CE) 1103/97 art. 5, and what comuni print in their tariff tables); the body's amount is the
 * rest, so the two always add up to the tariff and no cent is lost or invented. Rounding per unit,
 * not per bill, lets a user check a bill against the published tariff: hours times the hourly share.
 * Kept on each {@link Benefit} as computed when it was checked.
 */
@Embeddable
public record CoPayment(
        @Column(name = "unit_tariff") BigDecimal unitTariff,
        @Column(name = "user_share_percent") BigDecimal userSharePercent,
        @Column(name = "user_amount_per_unit") BigDecimal userAmountPerUnit,
        @Column(name = "body_amount_per_unit") BigDecimal bodyAmountPerUnit) {

    public CoPayment {
        Objects.requireNonNull(unitTariff, "unitTariff");
        Objects.requireNonNull(userSharePercent, "userSharePercent");
        Objects.requireNonNull(userAmountPerUnit, "userAmountPerUnit");
        Objects.requireNonNull(bodyAmountPerUnit, "bodyAmountPerUnit");
        if (!Decimals.isPercent(userSharePercent)) {
            throw new RuleViolation("error.copayment.share-out-of-range",
                    "user share out of 0..100: " + userSharePercent, userSharePercent.toPlainString());
        }
        if (unitTariff.scale() != 2 || userSharePercent.scale() != 2 || userAmountPerUnit.scale() != 2
                || bodyAmountPerUnit.scale() != 2) {
            throw new IllegalArgumentException("co-payment amounts and percentage have two decimals");
        }
        if (userAmountPerUnit.signum() < 0 || bodyAmountPerUnit.signum() < 0
                || userAmountPerUnit.add(bodyAmountPerUnit).compareTo(unitTariff) != 0) {
            throw new IllegalArgumentException("user " + userAmountPerUnit + " and body " + bodyAmountPerUnit
                    + " do not split the tariff " + unitTariff);
        }
    }

    /** The split of a unit tariff when the user pays the given percentage of it. */
    public static CoPayment of(BigDecimal unitTariff, BigDecimal userSharePercent) {
        BigDecimal tariff = Decimals.twoDecimals(unitTariff, "unitTariff");
        BigDecimal percent = userSharePercent.setScale(2, RoundingMode.HALF_UP);
        BigDecimal user = tariff.multiply(percent).divide(Decimals.HUNDRED, 2, RoundingMode.HALF_UP);
        return new CoPayment(tariff, percent, user, tariff.subtract(user));
    }
}
