package it.fascicolosociale.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import it.fascicolosociale.casefile.TimelineEntry.Kind;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.workflow.FormSubmission;
import it.fascicolosociale.workflow.FormSubmissions;

/**
 * The steps of the processes of a case that people took: the user tasks completed (who, when) in the presa in
 * carico, in the processes it called (same business key) and in the accesso that opened it, and the forms that
 * started a process without a task.
 */
@Component
class ProcessSteps {

    /** Why the engine ended a task that someone completed, as opposed to one a boundary event or a closure deleted. */
    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final RepositoryService repository;
    private final FormSubmissions submissions;

    ProcessSteps(HistoryService history, RepositoryService repository, FormSubmissions submissions) {
        this.history = history;
        this.repository = repository;
        this.submissions = submissions;
    }

    /** The business keys of the case's processes: {@code case-<id>} and the accesso's {@code intake-<id>}. */
    static List<String> businessKeys(SocialCase socialCase) {
        return socialCase.getIntakeId() == null ? List.of("case-" + socialCase.getId())
                : List.of("case-" + socialCase.getId(), "intake-" + socialCase.getIntakeId());
    }

    List<TimelineEntry> of(SocialCase socialCase) {
        List<String> keys = businessKeys(socialCase);
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> tasksDone = new HashSet<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyIn(keys.toArray(String[]::new)).finished().list()) {
            if (COMPLETED.equals(task.getDeleteReason())) {
                tasksDone.add(task.getId());
                entries.add(TimelineEntry.of(task.getEndTime().toInstant(), Kind.STEP, "timeline.step", task.getAssignee(),
                        task.getName()));
            }
        }
        for (FormSubmission submission : submissions.of(keys)) {
            if (submission.getTaskId() == null) {
                entries.add(TimelineEntry.of(submission.getSubmittedAt(), Kind.STEP, "timeline.process-started",
                        submission.getOperator(), processName(submission)));
            }
        }
        return entries;
    }

    private String processName(FormSubmission submission) {
        return repository.getProcessDefinition(submission.getProcessDefinitionId()).getName();
    }
}
