package it.fascicolosociale.benefits;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the coded enums of the benefits by their codes. */
final class BenefitConverters {

    private BenefitConverters() {
    }

    @Converter(autoApply = true)
    static class IseeTypeConverter extends CodedConverter<IseeType> {
        IseeTypeConverter() {
            super(IseeType::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class ApprovalActTypeConverter extends CodedConverter<ApprovalActType> {
        ApprovalActTypeConverter() {
            super(ApprovalActType::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class EndReasonConverter extends CodedConverter<BenefitEndReason> {
        EndReasonConverter() {
            super(BenefitEndReason::fromCode);
        }
    }
}
