package it.fascicolosociale.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.PlanStatus;
import it.fascicolosociale.cases.CaseEvent;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.cases.TeamMember;
import it.fascicolosociale.notes.CaseDocuments;
import it.fascicolosociale.notes.Concealment;
import it.fascicolosociale.notes.ConcealmentRequester;
import it.fascicolosociale.notes.Concealments;
import it.fascicolosociale.notes.CaseNote;
import it.fascicolosociale.notes.CaseNotes;
import it.fascicolosociale.notes.DocumentSummary;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.people.People;

/**
 * The social file of a case, gathered from every module after the access check, and what an operator adds to it
 * from its page (a diary note, a document). A refused operator gets the same "not found" as for a missing case,
 * before anything of the case is read.
 */
@Service
@Transactional
public class CaseFiles {

    private final FileAccess access;
    private final People people;
    private final Municipalities municipalities;
    private final CarePlans carePlans;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final CaseTimeline timeline;
    private final ProcessPosition position;
    private final OperatorNames names;
    private final Concealments concealments;

    CaseFiles(FileAccess access, People people, Municipalities municipalities, CarePlans carePlans, CaseNotes notes,
              CaseDocuments documents, CaseTimeline timeline, ProcessPosition position, OperatorNames names,
              Concealments concealments) {
        this.concealments = concealments;
        this.access = access;
        this.people = people;
        this.municipalities = municipalities;
        this.carePlans = carePlans;
        this.notes = notes;
        this.documents = documents;
        this.timeline = timeline;
        this.position = position;
        this.names = names;
    }

    public CaseFile of(String operator, Long caseId) {
        SocialCase socialCase = access.requireCase(operator, caseId);
        String businessKey = "case-" + caseId;
        List<CaseNote> readableNotes = notes.readableBy(caseId, operator);
        List<DocumentSummary> readableDocuments = documents.readableBy(caseId, operator);
        Set<String> usernames = new HashSet<>(List.of(socialCase.getCaseManager()));
        socialCase.getTeam().forEach(member -> usernames.add(member.username()));
        usernames.addAll(position.assignees(businessKey));
        List<TimelineEntry> entries = timeline.of(socialCase, readableNotes, readableDocuments, usernames);
        entries.forEach(entry -> usernames.add(entry.actor()));
        Map<String, String> actorNames = names.of(usernames);
        return new CaseFile(socialCase, people.get(socialCase.getPersonId()), municipalities.get(socialCase.getComune()).getName(),
                actorNames.get(socialCase.getCaseManager()),
                socialCase.getTeam().stream().map(TeamMember::username).map(actorNames::get).toList(),
                closedAt(socialCase), entries, actorNames, planInForce(caseId), readableDocuments,
                position.openTasks(businessKey, actorNames), position.waits(businessKey));
    }

    /** Writes a diary note on the case; returns its id. */
    public Long writeNote(String operator, Long caseId, NoteDraft draft) {
        return access.write(operator, caseId, FileUse.write("note", null),
                socialCase -> notes.write(caseId, draft, operator).getId(), id -> id);
    }

    public DocumentSummary upload(String operator, Long caseId, DocumentUpload upload) {
        return access.write(operator, caseId, FileUse.write("document", null),
                socialCase -> documents.upload(caseId, upload, operator), DocumentSummary::id);
    }

    /**
     * The oscuramento panel of the file, for its case manager only (none for anyone else). Takes the file already
     * opened, so that it reads nothing the page has not been granted and logged.
     */
    public Optional<ConcealmentPanel> concealments(String operator, CaseFile file) {
        SocialCase socialCase = file.socialCase();
        if (!operator.equals(socialCase.getCaseManager())) {
            return Optional.empty();
        }
        Map<String, ConcealmentPanel.Item> items = new java.util.LinkedHashMap<>();
        notes.readableBy(socialCase.getId(), operator).forEach(note -> items.put(Concealment.NOTE + "-" + note.getId(),
                new ConcealmentPanel.Item(Concealment.NOTE + "-" + note.getId(), Concealment.NOTE, note.getDay(), note.getType().code(), null)));
        file.documents().forEach(document -> items.put(Concealment.DOCUMENT + "-" + document.id(),
                new ConcealmentPanel.Item(Concealment.DOCUMENT + "-" + document.id(), Concealment.DOCUMENT, null, null, document.title())));
        List<ConcealmentPanel.Line> lines = concealments.inForce(socialCase.getId()).stream()
                .map(concealment -> new ConcealmentPanel.Line(concealment.getId(), items.get(concealment.itemKey()),
                        concealment.getRequestedBy().code(), concealment.getRequestedOn(),
                        file.actorName(concealment.getRecordedBy()), concealment.getRecordedAt())).toList();
        Set<String> concealed = concealments.concealed(socialCase.getId());
        return Optional.of(new ConcealmentPanel(items.values().stream().filter(item -> !concealed.contains(item.key())).toList(), lines));
    }

    /** Records the person's request to conceal an item of the file; the case manager only. */
    public Long conceal(String operator, Long caseId, String itemKey, ConcealmentRequester requestedBy, LocalDate requestedOn) {
        Concealment recorded = access.write(operator, caseId, FileUse.write("concealment", null),
                socialCase -> concealments.conceal(operator, socialCase, itemKey, requestedBy, requestedOn), Concealment::getId);
        return recorded.getId();
    }

    /** Revokes an oscuramento of the file; the case manager only. */
    public void revokeConcealment(String operator, Long caseId, Long concealmentId) {
        access.write(operator, caseId, FileUse.write("concealment", null),
                socialCase -> concealments.revoke(operator, socialCase, concealmentId), Concealment::getId);
    }

    public long documentSizeLimitInMegabytes() {
        return documents.maxSizeInMegabytes();
    }

    private Optional<PlanInForce> planInForce(Long caseId) {
        return carePlans.versions(caseId).stream().filter(plan -> plan.getStatus() == PlanStatus.APPROVED).findFirst()
                .map(PlanInForce::of);
    }

    /** When the case was last closed; none while it is open. */
    private static Instant closedAt(SocialCase socialCase) {
        if (socialCase.getClosureReason() == null) {
            return null;
        }
        return socialCase.getEvents().stream().filter(event -> event.kind() == CaseEvent.Kind.CLOSED)
                .map(CaseEvent::at).max(Comparator.naturalOrder()).orElse(null);
    }
}
