package it.fascicolosociale.tasks;

import java.time.LocalDate;

/**
 * The social file beside a task: the person and, when the task belongs to a case, the case. Only built when
 * the access policy lets the operator read it; {@code caseStatus} is the case's status name, null without case.
 */
public record FileSummary(Long personId, String personName, LocalDate birthDate, String comuneName, String area,
                          Long caseId, String caseManagerName, String caseStatus) {
}
