package it.fascicolosociale.tasks;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.NotFoundException;

/**
 * The summary of the file a task is about, from the process variables (caseId, personId, comune, area) through
 * the domain services, after the access policy has said yes: otherwise there is no summary.
 */
@Component
class FileSummaries {

    private final FileAccess access;
    private final Cases cases;
    private final People people;
    private final Municipalities municipalities;
    private final OperatorDirectory directory;

    FileSummaries(FileAccess access, Cases cases, People people, Municipalities municipalities, OperatorDirectory directory) {
        this.access = access;
        this.cases = cases;
        this.people = people;
        this.municipalities = municipalities;
        this.directory = directory;
    }

    /**
     * The summary, its reading logged as the use given; none if the task is about no file, or about a file the
     * operator may not read.
     */
    Optional<FileSummary> of(String operator, Map<String, Object> variables, FileUse use) {
        try {
            if (variables.get("caseId") instanceof Number caseId) {
                return ofCase(operator, caseId.longValue(), use);
            }
            if (variables.get("personId") instanceof Number personId) {
                return ofPerson(operator, personId.longValue(), text(variables.get("comune")), text(variables.get("area")), use);
            }
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Refuses, as "no such task", a task about a file (caseId or personId) that the operator may not read: holding
     * the task, however it came to them, gives no right to what its form shows of the file. A task about no file
     * (e.g. the review of an emergency access) passes.
     */
    void requireReadable(String taskId, String operator, Map<String, Object> variables) {
        try {
            if (variables.get("caseId") instanceof Number caseId) {
                if (access.toCase(operator, caseId.longValue()).isEmpty()) {
                    throw new NoSuchTaskException(taskId);
                }
            } else if (variables.get("personId") instanceof Number personId
                    && access.toPerson(operator, personId.longValue()).isEmpty()) {
                throw new NoSuchTaskException(taskId);
            }
        } catch (NoSuchTaskException refused) {
            throw refused;
        } catch (NotFoundException missing) {
            throw new NoSuchTaskException(taskId);
        }
    }

    /** Logs a write (a form submitted) to the file the task is about; see {@link #requireReadable}. */
    void record(String operator, Map<String, Object> variables, FileUse use) {
        if (variables.get("caseId") instanceof Number caseId) {
            access.requireCase(operator, caseId.longValue(), use);
        } else if (variables.get("personId") instanceof Number personId) {
            access.requirePerson(operator, personId.longValue(), use);
        }
    }

    private Optional<FileSummary> ofCase(String operator, Long caseId, FileUse use) {
        if (access.toCase(operator, caseId).isEmpty()) {
            return Optional.empty();
        }
        SocialCase socialCase = access.requireCase(operator, caseId, use);
        Person person = people.get(socialCase.getPersonId());
        String caseManager = directory.account(socialCase.getCaseManager())
                .map(account -> account.lastName() + " " + account.firstName()).orElse(socialCase.getCaseManager());
        return Optional.of(new FileSummary(person.getId(), nameOf(person), person.getBirthDate(),
                comuneName(socialCase.getComune().value()), socialCase.getArea().code(), caseId, caseManager,
                socialCase.getStatus().name()));
    }

    private Optional<FileSummary> ofPerson(String operator, Long personId, String comune, String area, FileUse use) {
        if (access.toPerson(operator, personId).isEmpty()) {
            return Optional.empty();
        }
        Person person = access.requirePerson(operator, personId, use);
        String where = comune != null ? comune
                : person.details().residence() == null ? null : person.details().residence().municipality().value();
        return Optional.of(new FileSummary(personId, nameOf(person), person.getBirthDate(), comuneName(where), area,
                null, null, null));
    }

    private String comuneName(String istatCode) {
        return istatCode == null ? null : municipalities.get(new IstatCode(istatCode)).getName();
    }

    private static String nameOf(Person person) {
        return person.getLastName() + " " + person.getFirstName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
