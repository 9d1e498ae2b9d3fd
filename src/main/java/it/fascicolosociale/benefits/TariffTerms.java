package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * What a tariff says for its period: the cost of one unit and how the user shares it. With ISEE bands,
 * an ISEE up to the exemption threshold pays nothing, then each band up to its limit pays its share;
 * the limits rise above the threshold and the last band is open. Without co-payment there are neither.
 */
public record TariffTerms(Period period, BigDecimal unitTariff, CoPaymentModel coPaymentModel,
                          BigDecimal exemptionThreshold, List<TariffBand> bands) {

    private static final Comparator<TariffBand> BY_LIMIT =
            Comparator.comparing(TariffBand::iseeUpTo, Comparator.nullsLast(Comparator.naturalOrder()));

    public TariffTerms {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(coPaymentModel, "coPaymentModel");
        unitTariff = Decimals.twoDecimals(unitTariff, "unitTariff");
        bands = bands == null ? List.of() : bands.stream().sorted(BY_LIMIT).toList();
        if (coPaymentModel == CoPaymentModel.NONE) {
            if (exemptionThreshold != null || !bands.isEmpty()) {
                throw new RuleViolation("error.tariff.bands-not-allowed", "a tariff without co-payment has no ISEE bands");
            }
        } else {
            if (exemptionThreshold == null || bands.isEmpty()) {
                throw new RuleViolation("error.tariff.bands-required", "an ISEE-band tariff needs a threshold and bands");
            }
            exemptionThreshold = Decimals.twoDecimals(exemptionThreshold, "exemptionThreshold");
            requireRisingLimitsAndOneOpenBand(exemptionThreshold, bands);
        }
    }

    public static TariffTerms free(Period period, BigDecimal unitTariff) {
        return new TariffTerms(period, unitTariff, CoPaymentModel.NONE, null, List.of());
    }

    public static TariffTerms byIseeBands(Period period, BigDecimal unitTariff, BigDecimal exemptionThreshold,
                                          List<TariffBand> bands) {
        return new TariffTerms(period, unitTariff, CoPaymentModel.ISEE_BANDS, exemptionThreshold, bands);
    }

    private static void requireRisingLimitsAndOneOpenBand(BigDecimal threshold, List<TariffBand> sortedBands) {
        BigDecimal previous = threshold;
        for (TariffBand band : sortedBands.subList(0, sortedBands.size() - 1)) {
            if (band.isOpen() || band.iseeUpTo().compareTo(previous) <= 0) {
                throw bandsOutOfOrder(threshold);
            }
            previous = band.iseeUpTo();
        }
        if (!sortedBands.get(sortedBands.size() - 1).isOpen()) {
            throw bandsOutOfOrder(threshold);
        }
    }

    private static RuleViolation bandsOutOfOrder(BigDecimal threshold) {
        return new RuleViolation("error.tariff.bands-order",
                "ISEE band limits must rise above the exemption threshold " + threshold + ", the last band open",
                threshold.toPlainString());
    }
}
