package it.fascicolosociale.casefile.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;

/** A diary note as typed on the social file page: codes of type and visibility, the day (yyyy-mm-dd), the text. */
record NoteForm(
        @NotBlank(message = "{validation.note.type-required}") String type,
        @NotBlank(message = "{error.note.day-required}") @Pattern(regexp = Days.PATTERN, message = "{validation.note.day-format}") String day,
        @NotBlank(message = "{error.note.text-required}") @Size(max = 8000, message = "{validation.note.text-too-long}") String text,
        @NotBlank(message = "{validation.note.visibility-required}") String visibility) {

    static NoteForm today(LocalDate today) {
        return new NoteForm(NoteType.INTERVIEW.code(), today.toString(), "", Visibility.TEAM.code());
    }

    /** The draft; its checks (and those of the codes) throw rule violations the page puts back on the fields. */
    NoteDraft draft() {
        return new NoteDraft(NoteType.fromCode(type), Days.parse(day), text, Visibility.fromCode(visibility));
    }
}
