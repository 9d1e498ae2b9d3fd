package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.platform.RuleViolation;

class CoPaymentTest {

    @Test
    void splitsTheUnitTariffBetweenUserAndBody() {
        assertThat(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("40")))
                .isEqualTo(new CoPayment(new BigDecimal("20.00"), new BigDecimal("40.00"),
                        new BigDecimal("8.00"), new BigDecimal("12.00")));
    }

    @Test
    void roundsTheUserAmountHalfUpToTheCentAndLeavesTheRestToTheBody() {
        CoPayment coPayment = CoPayment.of(new BigDecimal("7.50"), new BigDecimal("35"));

        assertThat(coPayment.userAmountPerUnit()).isEqualByComparingTo("2.63");
        assertThat(coPayment.bodyAmountPerUnit()).isEqualByComparingTo("4.87");
    }

    @Test
    void roundsThePercentageToTwoDecimalsBeforeApplyingIt() {
        CoPayment coPayment = CoPayment.of(new BigDecimal("100.00"), new BigDecimal("33.335"));

        assertThat(coPayment.userSharePercent()).isEqualTo(new BigDecimal("33.34"));
        assertThat(coPayment.userAmountPerUnit()).isEqualTo(new BigDecimal("33.34"));
        assertThat(coPayment.bodyAmountPerUnit()).isEqualTo(new BigDecimal("66.66"));
    }

    @Test
    void keepsEveryAmountWithScaleTwo() {
        CoPayment coPayment = CoPayment.of(new BigDecimal("120"), BigDecimal.ZERO);

        assertThat(coPayment).extracting(CoPayment::unitTariff, CoPayment::userSharePercent,
                        CoPayment::userAmountPerUnit, CoPayment::bodyAmountPerUnit)
                .containsExactly(new BigDecimal("120.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                        new BigDecimal("120.00"));
    }

    @Test
    void refusesAShareAboveTheWholeTariff() {
        assertThatThrownBy(() -> CoPayment.of(new BigDecimal("20.00"), new BigDecimal("150")))
                .isInstanceOf(RuleViolation.class)
                .extracting(error -> ((RuleViolation) error).messageCode())
                .isEqualTo("error.copayment.share-out-of-range");
    }

    @Test
    void refusesAmountsThatDoNotAddUpToTheTariff() {
        assertThatThrownBy(() -> new CoPayment(new BigDecimal("20.00"), new BigDecimal("40.00"),
                new BigDecimal("8.00"), new BigDecimal("11.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
