package it.fascicolosociale.cases;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the case's enums by their codes. */
final class CaseConverters {

    private CaseConverters() {
    }

    @Converter
    static class ClosureReasonConverter extends CodedConverter<ClosureReason> {
        ClosureReasonConverter() {
            super(ClosureReason::fromCode);
        }
    }
}
