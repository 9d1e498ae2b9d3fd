package it.fascicolosociale.referrals;

import jakarta.persistence.Converter;

import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.platform.CodedConverter;

/** Stores legal bases and categories of bodies by their codes. */
final class ReferralConverters {

    private ReferralConverters() {
    }

    @Converter
    static class LegalBasisConverter extends CodedConverter<LegalBasis> {
        LegalBasisConverter() {
            super(LegalBasis::fromCode);
        }
    }

    @Converter
    static class BodyCategoryConverter extends CodedConverter<BodyCategory> {
        BodyCategoryConverter() {
            super(BodyCategory::fromCode);
        }
    }
}
