package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/** The steps of a benefit, in their order, and the rules of each. */
class BenefitTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);
    private static final ApprovalAct DETERMINAZIONE = new ApprovalAct(ApprovalActType.DECISION, "123/2026", LocalDate.of(2026, 3, 5));
    private static final IseeAttestation ISEE_8000 =
            new IseeAttestation(IseeType.SOCIO_HEALTH, new BigDecimal("8000"), LocalDate.of(2026, 12, 31), "INPS-ISEE-2026-0001");

    @Test
    void goesFromRequestToActiveThroughItsSteps() {
        Benefit benefit = requested();
        assertThat(benefit.getStatus()).isEqualTo(BenefitStatus.REQUESTED);

        benefit.check(Optional.of(ISEE_8000), "marta.greco", NOW);
        benefit.applyCoPayment(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("40")));
        benefit.approve(DETERMINAZIONE, "chiara.longo", NOW);
        benefit.activate(LocalDate.of(2026, 3, 9), "marta.greco");

        assertThat(benefit.getStatus()).isEqualTo(BenefitStatus.ACTIVE);
        assertThat(benefit.getIsee()).contains(ISEE_8000);
        assertThat(benefit.getAct()).contains(DETERMINAZIONE);
        assertThat(benefit.getSteps().getDecidedBy()).isEqualTo("chiara.longo");
        assertThat(benefit.getSteps().getActivationDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        // 20 hours planned: 400.00, of which the user 20 x 8.00 = 160.00
        assertThat(benefit.plannedCost()).contains(new CostSplit(new BigDecimal("400.00"), new BigDecimal("240.00"),
                new BigDecimal("160.00"), new BigDecimal("0.00")));
    }

    @Test
    void cannotBeApprovedBeforeItsCoPaymentIsComputed() {
        Benefit benefit = requested();
        benefit.check(Optional.empty(), "marta.greco", NOW);

        assertThatThrownBy(() -> benefit.approve(DETERMINAZIONE, "chiara.longo", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.benefit.co-payment-missing"));
    }

    @Test
    void cannotBeActivatedBeforeItIsApproved() {
        Benefit benefit = requested();

        assertThatThrownBy(() -> benefit.activate(MARCH_1, "marta.greco")).isInstanceOf(BenefitStateException.class);
    }

    @Test
    void isActivatedNeitherBeforeItsActNorOutsideItsPeriod() {
        Benefit benefit = approved();

        assertThatThrownBy(() -> benefit.activate(LocalDate.of(2026, 3, 4), "marta.greco"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.benefit.activation-outside-period"));
        assertThatThrownBy(() -> benefit.activate(LocalDate.of(2026, 6, 1), "marta.greco")).isInstanceOf(RuleViolation.class);
        assertThat(benefit.getStatus()).isEqualTo(BenefitStatus.APPROVED);
    }

    @Test
    void takesDeliveriesFromItsActivationToTheEndOfItsPeriod() {
        Benefit benefit = approved();
        benefit.activate(LocalDate.of(2026, 3, 9), "marta.greco");

        benefit.requireDeliverableOn(LocalDate.of(2026, 3, 9));
        benefit.requireDeliverableOn(MAY_31);
        assertThatThrownBy(() -> benefit.requireDeliverableOn(LocalDate.of(2026, 3, 8)))
                .isInstanceOf(DeliveryOutsidePeriodException.class);
        assertThatThrownBy(() -> benefit.requireDeliverableOn(LocalDate.of(2026, 6, 1)))
                .isInstanceOf(DeliveryOutsidePeriodException.class);
    }

    @Test
    void takesNoDeliveryUnlessActive() {
        Benefit benefit = approved();

        assertThatThrownBy(() -> benefit.requireDeliverableOn(LocalDate.of(2026, 3, 9))).isInstanceOf(BenefitStateException.class);
    }

    @Test
    void aRenewalExtendsThePeriodAndKeepsTheHistory() {
        Benefit benefit = approved();
        benefit.activate(MARCH_1.plusDays(8), "marta.greco");

        benefit.renew(LocalDate.of(2026, 8, 31), "elena.conte", NOW);
        benefit.renew(LocalDate.of(2026, 11, 30), "elena.conte", NOW);

        assertThat(benefit.period()).isEqualTo(new Period(MARCH_1, LocalDate.of(2026, 11, 30)));
        assertThat(benefit.getRenewals()).extracting(BenefitRenewal::previousPeriodTo, BenefitRenewal::newPeriodTo)
                .containsExactly(tuple(MAY_31, LocalDate.of(2026, 8, 31)),
                        tuple(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 11, 30)));
        benefit.requireDeliverableOn(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aRenewalEndsAfterTheCurrentPeriod() {
        Benefit benefit = approved();
        benefit.activate(MARCH_1.plusDays(8), "marta.greco");

        assertThatThrownBy(() -> benefit.renew(MAY_31, "elena.conte", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.benefit.renewal-not-after-period"));
    }

    @Test
    void anIseeExpiredWhenTheBenefitStartsCountsAsNone() {
        Benefit benefit = requested();
        benefit.check(Optional.of(new IseeAttestation(IseeType.ORDINARY, new BigDecimal("5000.00"),
                LocalDate.of(2026, 2, 28), null)), "marta.greco", NOW);

        assertThat(benefit.iseeValueForCoPayment()).isEmpty();
    }

    @Test
    void anIseeValidOnTheFirstDayCounts() {
        Benefit benefit = requested();
        benefit.check(Optional.of(new IseeAttestation(IseeType.ORDINARY, new BigDecimal("5000"), MARCH_1, null)),
                "marta.greco", NOW);

        assertThat(benefit.iseeValueForCoPayment()).contains(new BigDecimal("5000.00"));
    }

    @Test
    void endsWhileOpenButNotOnceRefused() {
        Benefit pending = requested();
        pending.end(MARCH_1, BenefitEndReason.CASE_CLOSED, null);
        assertThat(pending.getStatus()).isEqualTo(BenefitStatus.ENDED);
        assertThat(pending.getSteps().getEndReason()).isEqualTo(BenefitEndReason.CASE_CLOSED);

        Benefit refused = requested();
        refused.check(Optional.empty(), "marta.greco", NOW);
        refused.refuse("Requisiti non soddisfatti.", "chiara.longo", NOW);
        assertThatThrownBy(() -> refused.end(MARCH_1, BenefitEndReason.CASE_CLOSED, null)).isInstanceOf(BenefitStateException.class);
        assertThat(refused.getSteps().getRefusalReason()).isEqualTo("Requisiti non soddisfatti.");
    }

    private static Benefit approved() {
        Benefit benefit = requested();
        benefit.check(Optional.of(ISEE_8000), "marta.greco", NOW);
        benefit.applyCoPayment(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("40")));
        benefit.approve(DETERMINAZIONE, "chiara.longo", NOW);
        return benefit;
    }

    /** 20 hours of SAD from March to May 2026 for a case of Camposampiero. */
    private static Benefit requested() {
        return Benefit.request(new BenefitRequest(1L, 7L, "home-care-hours", new BigDecimal("20"), new Period(MARCH_1, MAY_31)),
                new RequestingCase(2L, new IstatCode("028019"), UserArea.DISABILITY), UnitOfMeasure.HOUR, "elena.conte", NOW);
    }
}
