package it.fascicolosociale.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.platform.RuleViolation;

/** The steps of an assessment come in their order, each with its own rules. */
class AssessmentTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** 10 March 2026, 10:00 in Italy. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ROME);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void refusesAnOutcomeBeforeTheSocialPartIsComplete() {
        Assessment assessment = requested(AssessmentInstrument.SVAMA);

        assertThatThrownBy(() -> assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK))
                .isInstanceOf(AssessmentStateException.class)
                .extracting(violation -> ((RuleViolation) violation).arguments()[0]).isEqualTo("REQUESTED");
        assertThatThrownBy(() -> assessment.convene(TODAY, "sara.villa", CLOCK)).isInstanceOf(AssessmentStateException.class);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(assessment.getOutcome()).isEmpty();
    }

    @Test
    void refusesAnOutcomeBeforeTheSessionIsConvened() {
        Assessment assessment = prepared(AssessmentInstrument.SVAMA);

        assertThatThrownBy(() -> assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK))
                .isInstanceOf(AssessmentStateException.class);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.PREPARED);
    }

    @Test
    void refusesASecondSocialPartAndASecondOutcome() {
        Assessment assessment = prepared(AssessmentInstrument.SVAMA);
        assertThatThrownBy(() -> assessment.prepareSocialPart(svamaPart(), "paolo.gallo", CLOCK))
                .isInstanceOf(AssessmentStateException.class);

        assessment.convene(TODAY, "sara.villa", CLOCK);
        assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK);
        assertThatThrownBy(() -> assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK))
                .isInstanceOf(AssessmentStateException.class);
        assertThatThrownBy(() -> assessment.convene(TODAY.plusDays(1), "sara.villa", CLOCK))
                .isInstanceOf(AssessmentStateException.class);
    }

    @Test
    void movesTheSessionUntilTheOutcomeButNeverBeforeTheRequest() {
        Assessment assessment = prepared(AssessmentInstrument.SVAMA);
        assessment.convene(TODAY.plusDays(7), "sara.villa", CLOCK);
        assessment.convene(TODAY.plusDays(14), "sara.villa", CLOCK);

        assertThat(assessment.getSessionPlannedOn()).isEqualTo(TODAY.plusDays(14));
        assertThatThrownBy(() -> assessment.convene(TODAY.minusDays(1), "sara.villa", CLOCK))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.session-before-request");
    }

    @Test
    void recordsTheOutcomeOfASessionHeldNoLaterThanToday() {
        Assessment assessment = convened(AssessmentInstrument.SVAMA);

        assertThatThrownBy(() -> assessment.recordOutcome(eligibleOn(TODAY.plusDays(1), "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.session-in-future");
        assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK);

        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.DECIDED);
        assertThat(assessment.isCaseManagerChanged()).isFalse();
        assertThat(assessment.getRecordedBy()).isEqualTo("sara.villa");
        assertThat(assessment.getRecordedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void notesWhenTheUvmdNamesAnotherCaseManager() {
        Assessment assessment = convened(AssessmentInstrument.SVAMDI);

        assessment.recordOutcome(eligibleOn(TODAY, "elena.conte"), "marco.ferro", "sara.villa", CLOCK);

        assertThat(assessment.isCaseManagerChanged()).isTrue();
        assertThat(assessment.getOutcome().orElseThrow().caseManager()).isEqualTo("elena.conte");
    }

    @Test
    void holdsForOneYearFromItsSession() {
        Assessment assessment = convened(AssessmentInstrument.SVAMA);
        assertThat(assessment.isValidOn(TODAY)).isFalse();

        assessment.recordOutcome(eligibleOn(TODAY, "paolo.gallo"), "paolo.gallo", "sara.villa", CLOCK);

        assertThat(assessment.isValidOn(TODAY.minusDays(1))).isFalse();
        assertThat(assessment.isValidOn(TODAY)).isTrue();
        assertThat(assessment.isValidOn(LocalDate.of(2027, 3, 10))).isTrue();
        assertThat(assessment.isValidOn(LocalDate.of(2027, 3, 11))).isFalse();
    }

    @Test
    void asksEachInstrumentForItsOwnCoverFields() {
        assertThatThrownBy(() -> requested(AssessmentInstrument.SVAMA).prepareSocialPart(svamdiPart(), "paolo.gallo", CLOCK))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.housing-required");
        assertThatThrownBy(() -> requested(AssessmentInstrument.SVAMDI).prepareSocialPart(svamaPart(), "elena.conte", CLOCK))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.environmental-factors-required");
        SocialPart both = new SocialPart(sina(), "Valutazione.", "Casa in affitto.", null, "Barriere in casa.", null);
        assertThatThrownBy(() -> requested(AssessmentInstrument.SVAMDI).prepareSocialPart(both, "elena.conte", CLOCK))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.assessment.field-of-other-instrument");
    }

    @Test
    void codesTheInstrumentAsTheFlowNamesIt() {
        assertThat(requested(AssessmentInstrument.SVAMA).getTool()).isEqualTo(AssessmentTool.SVAMA);
        assertThat(requested(AssessmentInstrument.SVAMDI).getTool()).isEqualTo(AssessmentTool.OTHER);
    }

    static SinaCoding sina() {
        return new SinaCoding(Mobility.MOVES_WITH_HELP, DailyLiving.PARTLY_DEPENDENT, null, BehaviouralDisorders.ABSENT,
                HealthCareNeed.MEDIUM, IncomeSituation.HELPED_BY_OTHERS, SupportNetwork.PARTIAL, AssessmentSource.UVM);
    }

    private static SocialPart svamaPart() {
        return new SocialPart(sina(), "Rete familiare non sufficiente.", "Casa con scale.", "La figlia", null, null);
    }

    private static SocialPart svamdiPart() {
        return new SocialPart(sina(), "Serve un progetto.", null, null, "Barriere architettoniche.", "Assistente sociale");
    }

    private static UvmdOutcome eligibleOn(LocalDate session, String caseManager) {
        return new UvmdOutcome(session, UvmdDecision.ELIGIBLE, new java.math.BigDecimal("40"), 2, "P03", caseManager,
                "Seduta svolta.");
    }

    private static Assessment requested(AssessmentInstrument instrument) {
        return Assessment.request(1L, 2L, instrument, "paolo.gallo", CLOCK.instant());
    }

    private static Assessment prepared(AssessmentInstrument instrument) {
        Assessment assessment = requested(instrument);
        assessment.prepareSocialPart(instrument == AssessmentInstrument.SVAMA ? svamaPart() : svamdiPart(), "paolo.gallo", CLOCK);
        return assessment;
    }

    private static Assessment convened(AssessmentInstrument instrument) {
        Assessment assessment = prepared(instrument);
        assessment.convene(TODAY, "sara.villa", CLOCK);
        return assessment;
    }
}
