package it.fascicolosociale.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.notes.DocumentSummary;
import it.fascicolosociale.people.Person;

/**
 * The social file (fascicolo) of a case as a page shows it: the case and its person, the names it needs, one
 * timeline of everything in date order, the PAI in force, the documents, the open tasks and the timers the
 * processes wait on.
 */
public record CaseFile(SocialCase socialCase, Person person, String comuneName, String caseManagerName,
                       List<String> teamNames, Instant closedAt, List<TimelineEntry> timeline,
                       Map<String, String> actorNames, Optional<PlanInForce> planInForce,
                       List<DocumentSummary> documents, List<OpenTask> openTasks, List<ProcessWait> waits) {

    public CaseFile {
        teamNames = List.copyOf(teamNames);
        timeline = List.copyOf(timeline);
        actorNames = Map.copyOf(actorNames);
        documents = List.copyOf(documents);
        openTasks = List.copyOf(openTasks);
        waits = List.copyOf(waits);
    }

    /** The name of whoever took a step of the timeline; empty for the system. */
    public String actorName(String username) {
        return username == null ? "" : actorNames.getOrDefault(username, username);
    }

    public boolean isWaiting() {
        return !openTasks.isEmpty() || !waits.isEmpty();
    }
}
