package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/** The rules a tariff of the catalogue obeys, whoever writes it. */
class CatalogueTariffTermsTest {

    private static final Period YEAR_2027 = Period.from(LocalDate.of(2027, 1, 1));

    @Test
    void sortsTheBandsByLimitWithTheOpenBandLast() {
        TariffTerms terms = TariffTerms.byIseeBands(YEAR_2027, euro("21.00"), euro("3000"),
                List.of(TariffBand.above(euro("90")), band("10000", "50"), band("6000", "20")));

        assertThat(terms.bands()).extracting(TariffBand::iseeUpTo)
                .containsExactly(new BigDecimal("6000.00"), new BigDecimal("10000.00"), null);
        assertThat(terms.exemptionThreshold()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(terms.unitTariff()).isEqualTo(new BigDecimal("21.00"));
    }

    @Test
    void refusesBandsWithoutAnOpenLastBand() {
        assertRefused(() -> TariffTerms.byIseeBands(YEAR_2027, euro("21"), euro("3000"),
                List.of(band("6000", "20"), band("10000", "50"))), "error.tariff.bands-order");
    }

    @Test
    void refusesTwoOpenBands() {
        assertRefused(() -> TariffTerms.byIseeBands(YEAR_2027, euro("21"), euro("3000"),
                List.of(band("6000", "20"), TariffBand.above(euro("50")), TariffBand.above(euro("90")))),
                "error.tariff.bands-order");
    }

    @Test
    void refusesABandLimitNotAboveTheExemptionThreshold() {
        assertRefused(() -> TariffTerms.byIseeBands(YEAR_2027, euro("21"), euro("3000"),
                List.of(band("3000", "20"), TariffBand.above(euro("90")))), "error.tariff.bands-order");
    }

    @Test
    void refusesTwoBandsWithTheSameLimit() {
        assertRefused(() -> TariffTerms.byIseeBands(YEAR_2027, euro("21"), euro("3000"),
                List.of(band("6000", "20"), band("6000", "30"), TariffBand.above(euro("90")))),
                "error.tariff.bands-order");
    }

    @Test
    void refusesIseeBandsWithoutAThreshold() {
        assertRefused(() -> TariffTerms.byIseeBands(YEAR_2027, euro("21"), null, List.of(TariffBand.above(euro("90")))),
                "error.tariff.bands-required");
    }

    @Test
    void refusesBandsOnATariffWithoutCoPayment() {
        assertRefused(() -> new TariffTerms(YEAR_2027, euro("120"), CoPaymentModel.NONE, null,
                List.of(TariffBand.above(euro("90")))), "error.tariff.bands-not-allowed");
    }

    @Test
    void refusesFractionsOfACentAndNegativeAmounts() {
        assertRefused(() -> TariffTerms.free(YEAR_2027, euro("20.005")), "error.tariff.amount-format");
        assertRefused(() -> TariffTerms.free(YEAR_2027, euro("-1")), "error.tariff.amount-format");
    }

    @Test
    void refusesAShareAboveOneHundredPercent() {
        assertRefused(() -> TariffBand.above(euro("100.01")), "error.tariff.share-out-of-range");
    }

    private static void assertRefused(ThrowingCallable call, String messageCode) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo(messageCode);
    }

    private static TariffBand band(String iseeUpTo, String percent) {
        return new TariffBand(new BigDecimal(iseeUpTo), new BigDecimal(percent));
    }

    private static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }
}
