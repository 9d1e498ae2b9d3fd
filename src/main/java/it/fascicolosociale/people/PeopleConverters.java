package it.fascicolosociale.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/**
 * Stores the people module's value types as the plain strings the schema holds, and its coded enums by their
 * codes. The organization's codes (ISTAT, cadastral) use the converters of that module, which apply to every entity.
 */
final class PeopleConverters {

    private PeopleConverters() {
    }

    @Converter(autoApply = true)
    static class CodiceFiscaleConverter implements AttributeConverter<CodiceFiscale, String> {
        @Override
        public String convertToDatabaseColumn(CodiceFiscale code) {
            return code == null ? null : code.value();
        }

        @Override
        public CodiceFiscale convertToEntityAttribute(String value) {
            return value == null ? null : new CodiceFiscale(value);
        }
    }

    @Converter
    static class ConsentScopeConverter extends CodedConverter<ConsentScope> {
        ConsentScopeConverter() {
            super(ConsentScope::fromCode);
        }
    }

    @Converter
    static class BodyCategoryConverter extends CodedConverter<BodyCategory> {
        BodyCategoryConverter() {
            super(BodyCategory::fromCode);
        }
    }
}
