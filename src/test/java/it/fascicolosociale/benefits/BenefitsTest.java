package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Benefits on the demo tariffs (db/demo/V20__demo_tariffs.sql) and approval rules (V70): request, pricing,
 * approval, deliveries with their cost split worked out by hand, and the end of a case's open benefits.
 */
@IntegrationTest
@Transactional
class BenefitsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);
    private static final Period SPRING = new Period(MARCH_1, MAY_31);
    private static final ApprovalAct DETERMINAZIONE = new ApprovalAct(ApprovalActType.DECISION, "45/2026", LocalDate.of(2026, 3, 3));

    @Autowired
    Benefits benefits;

    @Autowired
    CaseFixture caseFixture;

    @Test
    void takesThePersonThePayingComuneAndTheAreaFromTheCase() {
        SocialCase socialCase = caseFixture.open(CaseFixture.CAMPOSAMPIERO, "disability");

        Benefit benefit = benefits.request(new BenefitRequest(socialCase.getId(), 11L, "home-care-hours", new BigDecimal("20"), SPRING),
                "elena.conte");

        assertThat(benefit.getPersonId()).isEqualTo(socialCase.getPersonId());
        assertThat(benefit.getPayingComune().value()).isEqualTo(CaseFixture.CAMPOSAMPIERO);
        assertThat(benefit.getArea()).isEqualTo(UserArea.DISABILITY);
        assertThat(benefit.getUnitOfMeasure()).isEqualTo(UnitOfMeasure.HOUR);
        assertThat(benefit.getInterventionId()).isEqualTo(11L);
        assertThat(benefit.getSteps().getRequestedBy()).isEqualTo("elena.conte");
        assertThat(benefits.ofCase(socialCase.getId())).extracting(Benefit::getId).containsExactly(benefit.getId());
    }

    @Test
    void refusesARequestForAnItemWithoutATariffWhenThePeriodStarts() {
        SocialCase socialCase = caseFixture.open(CaseFixture.CAMPOSAMPIERO, "family-minors");

        assertThatThrownBy(() -> benefits.request(new BenefitRequest(socialCase.getId(), null, "home-education-hours",
                new BigDecimal("10"), SPRING), "elena.conte"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.tariff.none-in-force"));
    }

    @Test
    void pricesDeliveriesWithTheCoPaymentOfTheCheck() {
        Benefit benefit = active("home-care-hours", Optional.of(isee("8000.00", LocalDate.of(2026, 12, 31))));
        // SAD 20.00/h, ISEE 8,000 in the band up to 10,000: the user pays 40% = 8.00/h
        assertThat(benefit.getCoPayment()).contains(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("40")));

        benefits.deliver(benefit.getId(), LocalDate.of(2026, 3, 10), new BigDecimal("3.5"), "marta.greco");
        benefits.deliver(benefit.getId(), LocalDate.of(2026, 3, 17), new BigDecimal("2"), "marta.greco");

        // 3.5 h = 70.00 (user 28.00, body 42.00); 2 h = 40.00 (user 16.00, body 24.00); SSN nothing
        assertThat(benefits.deliveriesOf(benefit.getId())).extracting(BenefitDelivery::cost).containsExactly(
                split("70.00", "42.00", "28.00"), split("40.00", "24.00", "16.00"));
    }

    @Test
    void chargesTheFullTariffWhenTheIseeHadExpiredBeforeThePeriod() {
        Benefit benefit = active("home-meals", Optional.of(isee("2000.00", LocalDate.of(2025, 12, 31))));

        benefits.deliver(benefit.getId(), LocalDate.of(2026, 4, 1), new BigDecimal("5"), "marta.greco");

        // 5 meals at 9.30, all paid by the user: 46.50
        assertThat(benefits.deliveriesOf(benefit.getId())).extracting(BenefitDelivery::cost)
                .containsExactly(split("46.50", "0.00", "46.50"));
    }

    @Test
    void refusesADeliveryOutsideThePeriodAndRecordsNothing() {
        Benefit benefit = active("home-care-hours", Optional.empty());

        assertThatThrownBy(() -> benefits.deliver(benefit.getId(), LocalDate.of(2026, 6, 1), BigDecimal.ONE, "marta.greco"))
                .isInstanceOf(DeliveryOutsidePeriodException.class);
        assertThatThrownBy(() -> benefits.deliver(benefit.getId(), LocalDate.of(2026, 4, 1), BigDecimal.ZERO, "marta.greco"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.benefit.quantity-format"));
        assertThat(benefits.deliveriesOf(benefit.getId())).isEmpty();
    }

    @Test
    void approvesOnlyWithTheActTypeTheEnteConfigures() {
        Benefit benefit = requestedIn(caseFixture.open(CaseFixture.CAMPOSAMPIERO, "disability"), "home-care-hours");
        benefits.check(benefit.getId(), Optional.empty(), "marta.greco");
        benefits.computeCoPayment(benefit.getId());

        assertThatThrownBy(() -> benefits.approve(benefit.getId(),
                new ApprovalAct(ApprovalActType.BOARD_RESOLUTION, "12", LocalDate.of(2026, 3, 3)), "chiara.longo"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("error.benefit.act-type-not-configured"));
        assertThat(benefits.approve(benefit.getId(), DETERMINAZIONE, "chiara.longo").getStatus()).isEqualTo(BenefitStatus.APPROVED);
    }

    @Test
    void closingTheCaseEndsItsActiveAndPendingBenefitsButNotTheRefusedOnes() {
        SocialCase socialCase = caseFixture.open(CaseFixture.CAMPOSAMPIERO, "disability");
        Benefit active = activate(requestedIn(socialCase, "home-care-hours"), Optional.empty());
        Benefit requested = requestedIn(socialCase, "home-meals");
        Benefit checked = requestedIn(socialCase, "social-transport-trips");
        benefits.check(checked.getId(), Optional.empty(), "marta.greco");
        Benefit refused = requestedIn(socialCase, "home-meals");
        benefits.check(refused.getId(), Optional.empty(), "marta.greco");
        benefits.refuse(refused.getId(), "Servizio già garantito dalla famiglia.", "chiara.longo");

        List<Benefit> ended = benefits.endAllOpenOfCase(socialCase.getId(), LocalDate.of(2026, 4, 15), BenefitEndReason.CASE_CLOSED);

        assertThat(ended).extracting(Benefit::getId).containsExactly(active.getId(), requested.getId(), checked.getId());
        assertThat(benefits.ofCase(socialCase.getId())).extracting(Benefit::getStatus).containsExactly(
                BenefitStatus.ENDED, BenefitStatus.ENDED, BenefitStatus.ENDED, BenefitStatus.REFUSED);
        assertThat(benefits.get(active.getId()).getSteps().getEndedOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(benefits.get(active.getId()).getSteps().getEndReason()).isEqualTo(BenefitEndReason.CASE_CLOSED);
        assertThatThrownBy(() -> benefits.deliver(active.getId(), LocalDate.of(2026, 4, 10), BigDecimal.ONE, "marta.greco"))
                .isInstanceOf(BenefitStateException.class);
    }

    private Benefit active(String itemCode, Optional<IseeAttestation> isee) {
        return activate(requestedIn(caseFixture.open(CaseFixture.CAMPOSAMPIERO, "disability"), itemCode), isee);
    }

    private Benefit activate(Benefit requested, Optional<IseeAttestation> isee) {
        benefits.check(requested.getId(), isee, "marta.greco");
        benefits.computeCoPayment(requested.getId());
        benefits.approve(requested.getId(), DETERMINAZIONE, "chiara.longo");
        return benefits.activate(requested.getId(), LocalDate.of(2026, 3, 9), "marta.greco");
    }

    private Benefit requestedIn(SocialCase socialCase, String itemCode) {
        return benefits.request(new BenefitRequest(socialCase.getId(), null, itemCode, new BigDecimal("20"), SPRING), "elena.conte");
    }

    private static IseeAttestation isee(String value, LocalDate expiry) {
        return new IseeAttestation(IseeType.ORDINARY, new BigDecimal(value), expiry, null);
    }

    private static CostSplit split(String total, String body, String user) {
        return new CostSplit(new BigDecimal(total), new BigDecimal(body), new BigDecimal(user), new BigDecimal("0.00"));
    }
}
