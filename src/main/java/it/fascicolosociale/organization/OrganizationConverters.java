package it.fascicolosociale.organization;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the organization's value types and codes as the plain strings the schema holds. */
final class OrganizationConverters {

    private OrganizationConverters() {
    }

    @Converter(autoApply = true)
    static class IstatCodeConverter implements AttributeConverter<IstatCode, String> {
        @Override
        public String convertToDatabaseColumn(IstatCode code) {
            return code == null ? null : code.value();
        }

        @Override
        public IstatCode convertToEntityAttribute(String value) {
            return value == null ? null : new IstatCode(value);
        }
    }

    @Converter(autoApply = true)
    static class CadastralCodeConverter implements AttributeConverter<CadastralCode, String> {
        @Override
        public String convertToDatabaseColumn(CadastralCode code) {
            return code == null ? null : code.value();
        }

        @Override
        public CadastralCode convertToEntityAttribute(String value) {
            return value == null ? null : new CadastralCode(value);
        }
    }

    @Converter(autoApply = true)
    static class RoleConverter extends CodedConverter<Role> {
        RoleConverter() {
            super(Role::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class UserAreaConverter extends CodedConverter<UserArea> {
        UserAreaConverter() {
            super(UserArea::fromCode);
        }
    }

    @Converter(autoApply = true)
    static class UnitFunctionConverter extends CodedConverter<UnitFunction> {
        UnitFunctionConverter() {
            super(UnitFunction::fromCode);
        }
    }
}
