package it.fascicolosociale.organization;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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
    static class RoleConverter implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.code();
        }

        @Override
        public Role convertToEntityAttribute(String code) {
            return code == null ? null : Role.fromCode(code);
        }
    }

    @Converter(autoApply = true)
    static class UserAreaConverter implements AttributeConverter<UserArea, String> {
        @Override
        public String convertToDatabaseColumn(UserArea area) {
            return area == null ? null : area.code();
        }

        @Override
        public UserArea convertToEntityAttribute(String code) {
            return code == null ? null : UserArea.fromCode(code);
        }
    }

    @Converter(autoApply = true)
    static class UnitFunctionConverter implements AttributeConverter<UnitFunction, String> {
        @Override
        public String convertToDatabaseColumn(UnitFunction function) {
            return function == null ? null : function.code();
        }

        @Override
        public UnitFunction convertToEntityAttribute(String code) {
            return code == null ? null : UnitFunction.fromCode(code);
        }
    }
}
