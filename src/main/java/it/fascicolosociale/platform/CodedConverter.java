package it.fascicolosociale.platform;

import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Coded} enum by its code; subclasses name the enum and how an unknown code fails. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Function<String, E> fromCode;

    protected CodedConverter(Function<String, E> fromCode) {
        this.fromCode = fromCode;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : fromCode.apply(code);
    }
}
