package it.fascicolosociale.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** The SINA coding: INPS's codes, what it requires, and an Italian label for every value. */
class SinaCodingTest {

    private static final List<Class<? extends Enum<?>>> SINA_FIELDS = List.of(Mobility.class, DailyLiving.class,
            CognitiveDisorders.class, BehaviouralDisorders.class, HealthCareNeed.class, IncomeSituation.class,
            SupportNetwork.class, AssessmentSource.class, AssessmentTool.class);

    @Test
    void mapsInpsCodesToValuesAndBack() {
        assertThat(Mobility.fromCode("2")).isEqualTo(Mobility.MOVES_WITH_HELP);
        assertThat(IncomeSituation.fromCode("3")).isEqualTo(IncomeSituation.IN_NEED_WITHOUT_HELP);
        assertThat(AssessmentSource.fromCode("4")).isEqualTo(AssessmentSource.DIRECT_COLLECTION);
        assertThat(AssessmentTool.POLAR_SCHEME.code()).isEqualTo("5");
        assertThat(BehaviouralDisorders.PRESENT.code()).isEqualTo("2");
        assertThatThrownBy(() -> SupportNetwork.fromCode("4"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.unknown-code");
    }

    @Test
    void leavesOutOnlyWhatTheFlowLeavesOut() {
        SinaCoding withoutOptional = new SinaCoding(Mobility.DOES_NOT_MOVE, DailyLiving.FULLY_DEPENDENT, null,
                BehaviouralDisorders.PRESENT, null, IncomeSituation.SELF_SUFFICIENT, SupportNetwork.ABSENT,
                AssessmentSource.SOCIAL_CASE_FILE);
        assertThat(withoutOptional.cognitiveDisorders()).isNull();

        assertThatThrownBy(() -> new SinaCoding(null, DailyLiving.FULLY_DEPENDENT, null, BehaviouralDisorders.PRESENT, null,
                IncomeSituation.SELF_SUFFICIENT, SupportNetwork.ABSENT, AssessmentSource.UVM))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageCode", "error.assessment.sina-incomplete");
        assertThatThrownBy(() -> new SinaCoding(Mobility.MOVES_ALONE, DailyLiving.INDEPENDENT, null, BehaviouralDisorders.ABSENT,
                null, IncomeSituation.SELF_SUFFICIENT, null, AssessmentSource.UVM)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void choosesTheInstrumentByTheUserAreaOfTheCase() {
        assertThat(AssessmentInstrument.forArea(UserArea.ELDERLY)).isEqualTo(AssessmentInstrument.SVAMA);
        assertThat(AssessmentInstrument.forArea(UserArea.DISABILITY)).isEqualTo(AssessmentInstrument.SVAMDI);
        assertThat(AssessmentInstrument.forArea(UserArea.POVERTY_ADULTS)).isEqualTo(AssessmentInstrument.SVAMA);
        assertThat(AssessmentInstrument.forArea(UserArea.FAMILY_MINORS)).isEqualTo(AssessmentInstrument.SVAMA);
    }

    @Test
    void everyCodedValueHasItsItalianLabel() {
        Properties bundle = AssessmentBundle.load();
        for (Class<? extends Enum<?>> field : SINA_FIELDS) {
            for (Enum<?> value : field.getEnumConstants()) {
                assertThat(bundle.getProperty(labelCode(value))).as(labelCode(value)).isNotBlank();
            }
        }
        for (Coded value : List.of(AssessmentInstrument.SVAMA, AssessmentInstrument.SVAMDI, UvmdDecision.ELIGIBLE,
                UvmdDecision.NOT_ELIGIBLE)) {
            String prefix = value instanceof AssessmentInstrument ? "assessment-instrument." : "uvmd-decision.";
            assertThat(bundle.getProperty(prefix + value.code())).as(prefix + value.code()).isNotBlank();
        }
        assertThat(SinaCodes.labelCode(DailyLiving.PARTLY_DEPENDENT)).isEqualTo("sina.daily-living.2");
    }

    static String labelCode(Enum<?> value) {
        return SinaCodes.labelCode((Coded) value);
    }
}
