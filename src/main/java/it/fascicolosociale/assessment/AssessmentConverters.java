package it.fascicolosociale.assessment;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the assessment's coded values by their codes: INPS's for the SINA fields, ours for the rest. */
final class AssessmentConverters {

    private AssessmentConverters() {
    }

    @Converter(autoApply = true)
    static class MobilityConverter extends CodedConverter<Mobility> {
        MobilityConverter() {
            super(Mobility::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class DailyLivingConverter extends CodedConverter<DailyLiving> {
        DailyLivingConverter() {
            super(DailyLiving::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class CognitiveDisordersConverter extends CodedConverter<CognitiveDisorders> {
        CognitiveDisordersConverter() {
            super(CognitiveDisorders::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class BehaviouralDisordersConverter extends CodedConverter<BehaviouralDisorders> {
        BehaviouralDisordersConverter() {
            super(BehaviouralDisorders::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class HealthCareNeedConverter extends CodedConverter<HealthCareNeed> {
        HealthCareNeedConverter() {
            super(HealthCareNeed::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class IncomeSituationConverter extends CodedConverter<IncomeSituation> {
        IncomeSituationConverter() {
            super(IncomeSituation::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class SupportNetworkConverter extends CodedConverter<SupportNetwork> {
        SupportNetworkConverter() {
            super(SupportNetwork::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class AssessmentSourceConverter extends CodedConverter<AssessmentSource> {
        AssessmentSourceConverter() {
            super(AssessmentSource::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class AssessmentInstrumentConverter extends CodedConverter<AssessmentInstrument> {
        AssessmentInstrumentConverter() {
            super(AssessmentInstrument::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class UvmdDecisionConverter extends CodedConverter<UvmdDecision> {
        UvmdDecisionConverter() {
            super(UvmdDecision::fromCode);
        }
    }
}
