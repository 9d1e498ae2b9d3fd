package it.fascicolosociale.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.platform.RuleViolation;

/** The diary of a case: write an entry, read the entries newest first. */
@Service
@Transactional
public class CaseNotes {

    private final CaseNoteRepository notes;
    private final Cases cases;
    private final Clock clock;
    private final Concealments concealments;

    CaseNotes(CaseNoteRepository notes, Cases cases, Clock clock, Concealments concealments) {
        this.concealments = concealments;
        this.notes = notes;
        this.cases = cases;
        this.clock = clock;
    }

    public CaseNote write(Long caseId, NoteDraft draft, String author) {
        cases.get(caseId);
        if (draft.day().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("error.note.day-in-future", "a note cannot refer to a day after today");
        }
        return notes.save(CaseNote.write(caseId, draft, author, clock.instant()));
    }

    /**
     * The entries of the diary the reader may see (see {@link Visibility#lets}), without those concealed from
     * readers outside the team (see {@link Concealments}), newest first.
     */
    @Transactional(readOnly = true)
    public List<CaseNote> readableBy(Long caseId, String reader) {
        SocialCase socialCase = cases.get(caseId);
        Set<String> concealed = concealments.concealed(caseId);
        return of(caseId).stream().filter(note -> note.getVisibility().lets(reader, note.getAuthor(), socialCase))
                .filter(note -> Concealments.lets(concealed, Concealment.NOTE + "-" + note.getId(), reader, note.getAuthor(), socialCase))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CaseNote> of(Long caseId) {
        return notes.findByCaseIdOrderByDayDescIdDesc(caseId);
    }
}
