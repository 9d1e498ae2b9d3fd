package it.fascicolosociale.tasks;

import java.time.LocalDateTime;

import it.fascicolosociale.workflow.forms.FormView;

/**
 * A task's page: the task, its form as the page draws it, and the summary of its file (null when there is none
 * or the operator may not read it).
 */
public record TaskView(OpenTask task, LocalDateTime due, DueState dueState, FormView form, FileSummary summary) {
}
