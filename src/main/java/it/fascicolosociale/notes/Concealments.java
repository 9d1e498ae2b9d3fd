package it.fascicolosociale.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The oscuramenti of a case: recorded and revoked by its case manager, at the person's request, on a note or a
 * document of the case. A concealed item is read only by the team of the case ({@link Visibility#TEAM}), whatever
 * its own visibility: never by another unit, a task holder outside the team, a referral's unit or an emergency access.
 */
@Service
@Transactional
public class Concealments {

    private final ConcealmentRepository concealments;
    private final CaseNoteRepository notes;
    private final CaseDocumentRepository documents;
    private final Clock clock;

    Concealments(ConcealmentRepository concealments, CaseNoteRepository notes, CaseDocumentRepository documents, Clock clock) {
        this.concealments = concealments;
        this.notes = notes;
        this.documents = documents;
        this.clock = clock;
    }

    /** Conceals the item ({@code note-3}, {@code document-5}) of the case, as asked on the day given. */
    public Concealment conceal(String operator, SocialCase socialCase, String itemKey, ConcealmentRequester requestedBy,
                               LocalDate requestedOn) {
        requireCaseManager(operator, socialCase);
        String[] item = itemKey == null ? new String[0] : itemKey.split("-", 2);
        if (item.length != 2 || !item[1].matches("\\d{1,18}") || !belongs(socialCase.getId(), item[0], Long.valueOf(item[1]))) {
            throw new RuleViolation("error.concealment.item-required", "no such item in the case: " + itemKey);
        }
        if (concealed(socialCase.getId()).contains(itemKey)) {
            throw new RuleViolation("error.concealment.already-concealed", "item already concealed: " + itemKey);
        }
        return concealments.save(Concealment.record(socialCase.getId(), item[0], Long.valueOf(item[1]), requestedBy,
                requestedOn, operator, clock.instant(), LocalDate.now(clock)));
    }

    public Concealment revoke(String operator, SocialCase socialCase, Long concealmentId) {
        requireCaseManager(operator, socialCase);
        Concealment concealment = concealments.findById(concealmentId)
                .filter(found -> found.getCaseId().equals(socialCase.getId()))
                .orElseThrow(() -> new NotFoundException("error.concealment.not-found", "No concealment " + concealmentId, concealmentId));
        concealment.revoke(operator, clock.instant());
        return concealment;
    }

    /** The oscuramenti in force on the case, the newest first. */
    @Transactional(readOnly = true)
    public List<Concealment> inForce(Long caseId) {
        return concealments.findByCaseIdAndRevokedAtIsNullOrderByRecordedAtDesc(caseId);
    }

    /** The items of the case concealed now, as {@code note-3}, {@code document-5}. */
    @Transactional(readOnly = true)
    public Set<String> concealed(Long caseId) {
        return inForce(caseId).stream().map(Concealment::itemKey).collect(Collectors.toSet());
    }

    /** Whether the reader may read an item of the case that may be concealed: only the team when it is. */
    static boolean lets(Set<String> concealed, String itemKey, String reader, String author, SocialCase socialCase) {
        return !concealed.contains(itemKey) || Visibility.TEAM.lets(reader, author, socialCase);
    }

    private boolean belongs(Long caseId, String type, Long id) {
        return switch (type) {
            case Concealment.NOTE -> notes.findById(id).filter(note -> note.getCaseId().equals(caseId)).isPresent();
            case Concealment.DOCUMENT -> documents.findById(id).filter(document -> document.getCaseId().equals(caseId)).isPresent();
            default -> false;
        };
    }

    private static void requireCaseManager(String operator, SocialCase socialCase) {
        if (!operator.equals(socialCase.getCaseManager())) {
            throw new RuleViolation("error.concealment.case-manager-only", "only the case manager records an oscuramento");
        }
    }
}
