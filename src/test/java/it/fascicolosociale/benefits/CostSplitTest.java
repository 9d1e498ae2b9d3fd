package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The cost of deliveries split between body, user and health service, worked out by hand. */
class CostSplitTest {

    @Test
    void splitsSadHoursAtFortyPercent() {
        // SAD 20.00/h, user 8.00/h: 3.5 h = 70.00, of which the user 28.00 and the body 42.00
        assertThat(CostSplit.of(CoPayment.of(amount("20.00"), amount("40")), amount("3.5")))
                .isEqualTo(split("70.00", "42.00", "28.00"));
    }

    @Test
    void chargesTheUserMealsAtTheRoundedShareOfOneMeal() {
        // a meal 9.30, user 30% = 2.79 per meal: 7 meals = 65.10, user 7 x 2.79 = 19.53, body 45.57
        assertThat(CostSplit.of(CoPayment.of(amount("9.30"), amount("30")), amount("7")))
                .isEqualTo(split("65.10", "45.57", "19.53"));
    }

    @Test
    void roundsFractionalQuantitiesHalfUpToTheCent() {
        // a trip 7.50, user 35% = 2.63: 2.25 trips = 16.875 -> 16.88; user 5.9175 -> 5.92; body 10.96
        assertThat(CostSplit.of(CoPayment.of(amount("7.50"), amount("35")), amount("2.25")))
                .isEqualTo(split("16.88", "10.96", "5.92"));
    }

    @Test
    void leavesTheBodyNothingWhenTheUserPaysTheFullTariff() {
        assertThat(CostSplit.of(CoPayment.of(amount("20.00"), amount("100")), amount("10")))
                .isEqualTo(split("200.00", "0.00", "200.00"));
    }

    @Test
    void givesTheHealthServiceNoShare() {
        assertThat(CostSplit.of(CoPayment.of(amount("120.00"), amount("0")), amount("1")).healthService())
                .isEqualTo(amount("0.00"));
    }

    private static CostSplit split(String total, String body, String user) {
        return new CostSplit(amount(total), amount(body), amount(user), amount("0.00"));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
