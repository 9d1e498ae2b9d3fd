package it.fascicolosociale.tasks;

import java.time.LocalDateTime;

/**
 * A line of the task list: the task, its due date and state, who holds it, the person and the case it concerns,
 * and what the operator may do with it. {@code personHidden}: the operator may not read who the person is.
 */
public record WorkRow(String taskId, String taskName, String processName, LocalDateTime due, DueState dueState,
                      String assignee, String assigneeName, Long caseId, String personName, boolean personHidden,
                      String comuneName, String area, Actions actions) {

    /** What the row offers: open the task, take it, give it back to its group, hand it to a colleague. */
    public record Actions(boolean open, boolean claim, boolean release, boolean delegate) {
    }
}
