package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The co-payment on the demo tariffs (db/demo/V20__demo_tariffs.sql) through the deployed decision.
 * Expected amounts are worked out by hand from the tariff table.
 */
@IntegrationTest
@Transactional
class CoPaymentPolicyTest {

    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 16);

    @Autowired
    CoPaymentPolicy policy;

    @Test
    void anSadHourWithIseeEightThousandCostsTheUserFortyPercent() {
        // 20.00 x 40% = 8.00 for the user, 12.00 for the body
        assertThat(policy.coPaymentFor("home-care-hours", MARCH_2026, isee("8000.00")))
                .isEqualTo(coPayment("20.00", "40.00", "8.00", "12.00"));
    }

    @Test
    void anSadHourWithoutIseeCostsTheUserTheFullTariff() {
        assertThat(policy.coPaymentFor("home-care-hours", MARCH_2026, Optional.empty()))
                .isEqualTo(coPayment("20.00", "100.00", "20.00", "0.00"));
    }

    @Test
    void anSadHourWithIseeAtTheExemptionThresholdIsFree() {
        assertThat(policy.coPaymentFor("home-care-hours", MARCH_2026, isee("3000.00")))
                .isEqualTo(coPayment("20.00", "0.00", "0.00", "20.00"));
    }

    @Test
    void anSadHourWithIseeAboveEveryBandLimitCostsTheUserEighteenEuro() {
        // the open band: 20.00 x 90% = 18.00, less than the 20.00 paid without an ISEE
        assertThat(policy.coPaymentFor("home-care-hours", MARCH_2026, isee("45000.00")))
                .isEqualTo(coPayment("20.00", "90.00", "18.00", "2.00"));
    }

    @Test
    void aMealWithIseeFiveThousandCostsTheUserThirtyPercent() {
        // 9.30 x 30% = 2.79, 6.51 for the body
        assertThat(policy.coPaymentFor("home-meals", MARCH_2026, isee("5000.00")))
                .isEqualTo(coPayment("9.30", "30.00", "2.79", "6.51"));
    }

    @Test
    void aTripRoundsTheUserAmountHalfUpToTheCent() {
        // 7.50 x 35% = 2.625 -> 2.63 for the user, 4.87 for the body
        assertThat(policy.coPaymentFor("social-transport-trips", MARCH_2026, isee("7000.00")))
                .isEqualTo(coPayment("7.50", "35.00", "2.63", "4.87"));
    }

    @Test
    void eachTariffHasItsOwnExemptionThreshold() {
        // 4,000 pays 20% of an SAD hour, but is under the 5,000 threshold of social transport
        assertThat(policy.coPaymentFor("home-care-hours", MARCH_2026, isee("4000.00")).userSharePercent())
                .isEqualByComparingTo("20");
        assertThat(policy.coPaymentFor("social-transport-trips", MARCH_2026, isee("4000.00")).userSharePercent())
                .isEqualByComparingTo("0");
    }

    @Test
    void aTariffWithoutCoPaymentCostsTheUserNothingWhateverTheIsee() {
        assertThat(policy.coPaymentFor("icd-b", MARCH_2026, isee("15000.00")))
                .isEqualTo(coPayment("120.00", "0.00", "0.00", "120.00"));
        assertThat(policy.coPaymentFor("icd-b", MARCH_2026, Optional.empty()).userAmountPerUnit())
                .isEqualByComparingTo("0");
    }

    @Test
    void theLastDayOfTheOldTariffUsesTheOldAmount() {
        // 2025: 19.00 x 40% = 7.60
        assertThat(policy.coPaymentFor("home-care-hours", LocalDate.of(2025, 12, 31), isee("8000.00")))
                .isEqualTo(coPayment("19.00", "40.00", "7.60", "11.40"));
    }

    @Test
    void theFirstDayOfTheNewTariffUsesTheNewAmount() {
        assertThat(policy.coPaymentFor("home-care-hours", LocalDate.of(2026, 1, 1), isee("8000.00")))
                .isEqualTo(coPayment("20.00", "40.00", "8.00", "12.00"));
    }

    @Test
    void refusesAnUnknownItem() {
        assertThatThrownBy(() -> policy.coPaymentFor("no-such-item", MARCH_2026, isee("8000.00")))
                .isInstanceOf(NotFoundException.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo("error.catalogue.unknown-item");
    }

    @Test
    void refusesAnItemWithoutATariffOnThatDay() {
        assertThatThrownBy(() -> policy.coPaymentFor("home-education-hours", MARCH_2026, Optional.empty()))
                .isInstanceOf(NotFoundException.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo("error.tariff.none-in-force");
        assertThatThrownBy(() -> policy.coPaymentFor("home-care-hours", LocalDate.of(2024, 12, 31), isee("8000.00")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesANegativeIsee() {
        assertThatThrownBy(() -> policy.coPaymentFor("home-care-hours", MARCH_2026, isee("-0.01")))
                .isInstanceOf(RuleViolation.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo("error.copayment.negative-isee");
    }

    private static Optional<BigDecimal> isee(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static CoPayment coPayment(String tariff, String percent, String user, String body) {
        return new CoPayment(new BigDecimal(tariff), new BigDecimal(percent), new BigDecimal(user), new BigDecimal(body));
    }
}
