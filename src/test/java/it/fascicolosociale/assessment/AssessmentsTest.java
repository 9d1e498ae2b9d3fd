package it.fascicolosociale.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.CaseFixture;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.People;
import it.fascicolosociale.platform.RuleViolation;

/** The front door of the assessments on the database: requests, the case manager named, the outcome that holds. */
@IntegrationTest
@Transactional
class AssessmentsTest {

    @Autowired
    Assessments assessments;

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    private CaseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CaseFixture(people, cases, jdbc, entityManager);
    }

    @Test
    void requestsTheInstrumentOfTheCaseAreaForThePersonOfTheCase() {
        SocialCase socialCase = openCase(UserArea.DISABILITY, "elena.conte");

        Assessment assessment = assessments.request(socialCase.getId(), socialCase.getPersonId(), "elena.conte");

        assertThat(assessment.getInstrument()).isEqualTo(AssessmentInstrument.SVAMDI);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(assessments.ofCase(socialCase.getId())).containsExactly(assessment);
        assertThatThrownBy(() -> assessments.request(socialCase.getId(), socialCase.getPersonId() + 1, "elena.conte"))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.person-not-of-case");
    }

    @Test
    void refusesToAssessAClosedCase() {
        SocialCase socialCase = openCase(UserArea.ELDERLY, "paolo.gallo");
        fixture.closeInTheDatabase(socialCase.getId());

        assertThatThrownBy(() -> assessments.request(socialCase.getId(), socialCase.getPersonId(), "paolo.gallo"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.case-not-open");
    }

    @Test
    void handsTheCaseToTheCaseManagerTheUvmdNames() {
        SocialCase socialCase = openCase(UserArea.DISABILITY, "marco.ferro");

        Assessment decided = decide(socialCase, "elena.conte");

        assertThat(decided.isCaseManagerChanged()).isTrue();
        assertThat(cases.get(socialCase.getId()).getCaseManager()).isEqualTo("elena.conte");
        entityManager.flush();
        assertThat(jdbc.sql("select valid_until from assessment where id = :id").param("id", decided.getId())
                .query(LocalDate.class).single()).isEqualTo(today.plusYears(1));
    }

    @Test
    void findsTheLatestOutcomeThatHoldsOnADay() {
        SocialCase socialCase = openCase(UserArea.ELDERLY, "paolo.gallo");
        Long oldest = holdingFrom(decide(socialCase, "paolo.gallo"), today.minusDays(400));
        Long older = holdingFrom(decide(socialCase, "paolo.gallo"), today.minusDays(100));
        Long latest = holdingFrom(decide(socialCase, "paolo.gallo"), today.minusDays(10));

        Long caseId = socialCase.getId();
        assertThat(assessments.latestValidOutcome(caseId, today)).map(Assessment::getId).contains(latest);
        assertThat(assessments.latestValidOutcome(caseId, today.minusDays(50))).map(Assessment::getId).contains(older);
        assertThat(assessments.latestValidOutcome(caseId, today.minusDays(200))).map(Assessment::getId).contains(oldest);
        assertThat(assessments.latestValidOutcome(caseId, today.minusDays(401))).isEmpty();
        assertThat(assessments.latestValidOutcome(caseId, today.minusDays(10).plusYears(1).plusDays(1))).isEmpty();
    }

    private Assessment decide(SocialCase socialCase, String caseManager) {
        Long id = assessments.request(socialCase.getId(), socialCase.getPersonId(), socialCase.getCaseManager()).getId();
        assessments.prepareSocialPart(id, new SocialPart(AssessmentTest.sina(), "Valutazione sociale.",
                socialCase.getArea() == UserArea.DISABILITY ? null : "Casa con scale.", null,
                socialCase.getArea() == UserArea.DISABILITY ? "Barriere in casa." : null, null), socialCase.getCaseManager());
        assessments.convene(id, today, "sara.villa");
        return assessments.recordOutcome(id, new UvmdOutcome(today, UvmdDecision.ELIGIBLE, new BigDecimal("20"), 1, null,
                caseManager, "Verbale."), "sara.villa");
    }

    /** Moves a decided assessment's session into the past, as if it had been held then. */
    private Long holdingFrom(Assessment assessment, LocalDate sessionDate) {
        entityManager.flush();
        jdbc.sql("update assessment set session_date = :day where id = :id")
                .param("day", sessionDate).param("id", assessment.getId()).update();
        entityManager.clear();
        return assessment.getId();
    }


    private SocialCase openCase(UserArea area, String caseManager) {
        return fixture.open("028019", area, caseManager);
    }
}
