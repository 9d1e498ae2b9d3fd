package it.fascicolosociale.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the people module's value types as the plain strings the schema holds. The organization's
 * codes (ISTAT, cadastral) use the converters of that module, which apply to every entity.
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
}
