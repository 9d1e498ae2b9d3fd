package it.fascicolosociale.notes;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the note's enums by their codes. */
final class NoteConverters {

    private NoteConverters() {
    }

    @Converter
    static class NoteTypeConverter extends CodedConverter<NoteType> {
        NoteTypeConverter() {
            super(NoteType::fromCode);
        }
    }

    @Converter
    static class VisibilityConverter extends CodedConverter<Visibility> {
        VisibilityConverter() {
            super(Visibility::fromCode);
        }
    }
}
