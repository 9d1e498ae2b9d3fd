package it.fascicolosociale.notes;

import java.time.LocalDate;
import java.util.Objects;

import it.fascicolosociale.platform.RuleViolation;

/** A diary entry as the operator writes it: kind, the day it refers to, the text, who may read it. */
public record NoteDraft(NoteType type, LocalDate day, String text, Visibility visibility) {

    static final int TEXT_MAX = 8000;

    public NoteDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(visibility, "visibility");
        if (day == null) {
            throw new RuleViolation("error.note.day-required", "a note needs the day it refers to");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("error.note.text-required", "a note needs its text");
        }
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            throw new RuleViolation("error.note.text-too-long", "note longer than " + TEXT_MAX, TEXT_MAX);
        }
    }
}
