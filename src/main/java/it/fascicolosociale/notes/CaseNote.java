package it.fascicolosociale.notes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the diary of a case (colloquio, visita domiciliare, telefonata, riunione d'équipe, relazione).
 * Written once and never changed: a correction is a new entry, so nothing written is ever lost.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Convert(converter = NoteConverters.NoteTypeConverter.class)
    @Column(updatable = false)
    private NoteType type;

    @Column(updatable = false)
    private LocalDate day;

    @Column(updatable = false)
    private String text;

    @Convert(converter = NoteConverters.VisibilityConverter.class)
    @Column(updatable = false)
    private Visibility visibility;

    @Column(updatable = false)
    private String author;

    @Column(name = "written_at", updatable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    static CaseNote write(Long caseId, NoteDraft draft, String author, Instant at) {
        CaseNote note = new CaseNote();
        note.caseId = caseId;
        note.type = draft.type();
        note.day = draft.day();
        note.text = draft.text();
        note.visibility = draft.visibility();
        note.author = author;
        note.writtenAt = at;
        return note;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public NoteType getType() {
        return type;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getText() {
        return text;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
