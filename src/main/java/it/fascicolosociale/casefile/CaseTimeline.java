package it.fascicolosociale.casefile;

import static it.fascicolosociale.casefile.Labels.label;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.fascicolosociale.casefile.TimelineEntry.Kind;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.notes.CaseNote;
import it.fascicolosociale.notes.DocumentSummary;

/**
 * One timeline of a case in date order, the oldest first, as a story reads: the steps of its processes, its own
 * events, assessments, PAI versions and reviews, benefits and deliveries, referrals and answers, and the diary
 * notes and documents the reader may see. Entries of the same moment keep the order of their sources.
 */
@Component
class CaseTimeline {

    private final ProcessSteps steps;
    private final CaseHistory caseHistory;
    private final ServiceHistory serviceHistory;
    private final OperatorNames names;
    private final Clock clock;

    CaseTimeline(ProcessSteps steps, CaseHistory caseHistory, ServiceHistory serviceHistory, OperatorNames names, Clock clock) {
        this.steps = steps;
        this.caseHistory = caseHistory;
        this.serviceHistory = serviceHistory;
        this.names = names;
        this.clock = clock;
    }

    /** The entries; {@code usernames} are the operators the case names, whose names the case events need. */
    List<TimelineEntry> of(SocialCase socialCase, List<CaseNote> notes, List<DocumentSummary> documents,
                           Collection<String> usernames) {
        Map<String, String> caseNames = names.of(usernamesInEvents(socialCase, usernames));
        List<TimelineEntry> entries = new ArrayList<>(steps.of(socialCase));
        entries.addAll(caseHistory.of(socialCase, username -> caseNames.getOrDefault(username, username)));
        entries.addAll(serviceHistory.of(socialCase.getId()));
        notes.forEach(note -> entries.add(note(note)));
        documents.forEach(document -> entries.add(document(document)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private TimelineEntry note(CaseNote note) {
        return TimelineEntry.of(Labels.dayAt(note.getDay(), note.getWrittenAt(), clock.getZone()), Kind.NOTE, "timeline.note",
                        note.getAuthor(), label("note-type." + note.getType().code()), label("visibility." + note.getVisibility().code()))
                .withText(note.getText()).withAnchor("note-" + note.getId(), null);
    }

    private static TimelineEntry document(DocumentSummary document) {
        return TimelineEntry.of(document.uploadedAt(), Kind.DOCUMENT, "timeline.document", document.uploadedBy(),
                        document.title(), label("document-type." + document.type().name().toLowerCase()),
                        Math.max(1, (document.sizeBytes() + 1023) / 1024), label("visibility." + document.visibility().code()))
                .withAnchor("document-" + document.id(),
                        "/cases/" + document.caseId() + "/documents/" + document.id());
    }

    /** Case events name operators in their detail (the first case manager, a change of case manager). */
    private static List<String> usernamesInEvents(SocialCase socialCase, Collection<String> usernames) {
        List<String> all = new ArrayList<>(usernames);
        socialCase.getEvents().forEach(event -> {
            if (event.detail() != null) {
                all.addAll(List.of(event.detail().split(" -> ")));
            }
        });
        return all;
    }
}
