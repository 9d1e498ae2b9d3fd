package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The cost of a quantity of a benefit split as SIUSS and the ISTAT survey ask: the body's share (quota
 * ente), the user's co-payment (quota utente) and the health service's share (quota SSN), in euro with
 * scale 2. The three always add up to the total.
 *
 * <p>The user pays the quantity times the user's amount per unit of the {@link CoPayment}, so that a bill
 * can be checked against the published tariff (hours times the hourly share), rounded to the cent half
 * up; the health service pays nothing, since no catalogue item has a health share yet (the regional
 * share of day centres and ICD is paid by the ULSS outside the comune's tariff); the body pays the rest.
 */
public record CostSplit(BigDecimal total, BigDecimal body, BigDecimal user, BigDecimal healthService) {

    public CostSplit {
        Objects.requireNonNull(total, "total");
        if (body.add(user).add(healthService).compareTo(total) != 0) {
            throw new IllegalArgumentException("body " + body + ", user " + user + " and SSN " + healthService
                    + " do not add up to " + total);
        }
    }

    /** The split of {@code quantity} units under a co-payment. */
    public static CostSplit of(CoPayment coPayment, BigDecimal quantity) {
        BigDecimal total = quantity.multiply(coPayment.unitTariff()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal user = quantity.multiply(coPayment.userAmountPerUnit()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal healthService = BigDecimal.ZERO.setScale(2);
        return new CostSplit(total, total.subtract(user).subtract(healthService), user, healthService);
    }
}
