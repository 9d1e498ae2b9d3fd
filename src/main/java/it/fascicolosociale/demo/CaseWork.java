package it.fascicolosociale.demo;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.notes.CaseNotes;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.workflow.cases.CaseEvents;

/**
 * What the case manager and the coordinator do with a case outside its PAI, through the forms of the presa in
 * carico: first interview, assessment, closure; and what happens to the case from outside (reopening, an urgent
 * report), as {@link CaseEvents} delivers it; and the diary.
 */
@Component
@OnDemoData
class CaseWork {

    /** The problem areas of the social assessment most often found in each user area. */
    private static final Map<String, List<String>> PROBLEMS = Map.of("family-minors", List.of("relations", "education"),
            "disability", List.of("care", "health"), "addiction", List.of("health", "work", "relations"),
            "elderly", List.of("care", "health"), "immigrants", List.of("housing", "work"),
            "poverty-adults", List.of("income", "housing", "work"), "multi-user", List.of("income", "health", "relations"));

    private final Desk desk;
    private final DemoTexts texts;
    private final DemoCalendar calendar;
    private final CaseEvents events;
    private final CaseNotes notes;
    private final Cases cases;
    private final Routing routing;

    CaseWork(Desk desk, DemoTexts texts, DemoCalendar calendar, CaseEvents events, CaseNotes notes, Cases cases,
             Routing routing) {
        this.desk = desk;
        this.texts = texts;
        this.calendar = calendar;
        this.events = events;
        this.notes = notes;
        this.cases = cases;
        this.routing = routing;
    }

    void interview(Story story) {
        desk.complete(story, "first-interview", task -> Map.of("interviewDate", calendar.today().toString(),
                "place", "elderly".equals(story.area()) ? "home" : "office", "summary", texts.text("case.interview", story.area())));
    }

    void handleReminder(Story story) {
        desk.complete(story, "first-interview-reminder", task -> Map.of("actionTaken", texts.text("case.reminder")));
    }

    void assess(Story story, boolean uvmdNeeded) {
        desk.complete(story, "social-assessment", task -> Map.of("problemAreas", PROBLEMS.get(story.area()),
                "situation", texts.text("assessment.situation", story.area()),
                "conclusions", texts.text("assessment.conclusions", story.area()), "uvmdNeeded", String.valueOf(uvmdNeeded)));
    }

    void proposeClosure(Story story, String reason) {
        desk.complete(story, "propose-closure", task -> Map.of("closureReason", reason,
                "closureNotes", texts.text("closure." + reason)));
    }

    void decideClosure(Story story, boolean approve) {
        desk.complete(story, "approve-closure", task -> approve ? Map.of("closureDecision", "approve")
                : Map.of("closureDecision", "reject", "closureDecisionNotes", texts.text("closure.rejection")));
    }

    /** The coordinator of the unit in charge reopens the closed case. */
    void reopen(Story story) {
        events.reopen(story.caseId(), texts.text("reopen"), coordinator(story));
    }

    /** The front office of the comune passes on an urgent report about the person. */
    void reportUrgently(Story story, String frontOffice) {
        events.urgentReport(story.caseId(), texts.text("urgent-report"), frontOffice);
    }

    /** The case manager writes in the diary about the day. */
    void note(Story story, NoteType type) {
        notes.write(story.caseId(), new NoteDraft(type, calendar.today(), texts.text("note." + type.code()), Visibility.TEAM),
                cases.get(story.caseId()).getCaseManager());
    }

    private String coordinator(Story story) {
        return desk.member(routing.candidateGroup(Role.COORDINATOR, new IstatCode(story.comune()),
                UserArea.fromCode(story.area()), calendar.today()).id());
    }
}
