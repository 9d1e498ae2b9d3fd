package it.fascicolosociale.casefile;

import java.time.Instant;
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

    CaseFiles(FileAccess access, People people, Municipalities municipalities, CarePlans carePlans, CaseNotes notes,
              CaseDocuments documents, CaseTimeline timeline, ProcessPosition position, OperatorNames names) {
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
