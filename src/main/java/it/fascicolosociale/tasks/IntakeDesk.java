package it.fascicolosociale.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.DeployedForms;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.forms.FieldProblem;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormViews;
import it.fascicolosociale.workflow.forms.ProblemMessages;

/**
 * The front office registers an accesso: finds the person by codice fiscale (exact) or by name, or starts
 * from a new person, then fills the start form of the latest {@code intake} process, prefilled with what is
 * known of the person. Only operators with a role in a front-office unit may; for others the pages do not exist.
 */
@Service
@Transactional
public class IntakeDesk {

    static final String PROCESS = "intake";
    private static final int RESULTS = 20;
    private static final int NAME_MIN = 2;

    private final FrontOffices frontOffices;
    private final People people;
    private final FileAccess access;
    private final RepositoryService repositoryService;
    private final DeployedForms forms;
    private final ProcessStart processStart;
    private final MessageSource messages;
    private final RuntimeService runtimeService;

    IntakeDesk(FrontOffices frontOffices, People people, FileAccess access, RepositoryService repositoryService,
               DeployedForms forms, ProcessStart processStart, MessageSource messages, RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
        this.frontOffices = frontOffices;
        this.people = people;
        this.access = access;
        this.repositoryService = repositoryService;
        this.forms = forms;
        this.processStart = processStart;
        this.messages = messages;
    }

    public boolean isOpenTo(String operator) {
        return frontOffices.isFrontOffice(operator);
    }

    /**
     * The person with this codice fiscale, who is at the desk with it, or the persons whose name contains the
     * text among those the operator may read; nobody when neither is given. A malformed codice fiscale or too
     * short a name is refused.
     */
    public List<PersonFound> search(String operator, String codiceFiscale, String name) {
        requireFrontOffice(operator);
        if (codiceFiscale != null && !codiceFiscale.isBlank()) {
            return people.findByCodiceFiscale(new CodiceFiscale(codiceFiscale)).map(person -> atDesk(operator, person, FileUse.search()))
                    .map(this::found).stream().toList();
        }
        if (name == null || name.isBlank()) {
            return List.of();
        }
        if (name.strip().length() < NAME_MIN) {
            throw new RuleViolation("error.intake-desk.name-too-short", "Name search needs " + NAME_MIN + " characters", NAME_MIN);
        }
        List<Person> named = people.findByName(name, RESULTS);
        Set<Long> readable = access.searched(operator, named.stream().map(Person::getId).toList());
        return named.stream().filter(person -> readable.contains(person.getId())).map(this::found).toList();
    }

    /** The start form for the person of this codice fiscale or id (if the operator may read them), or a new one. */
    public IntakeStartView form(String operator, String codiceFiscale, Long personId) {
        requireFrontOffice(operator);
        Person person = null;
        if (personId != null) {
            person = access.requirePerson(operator, personId);
        } else if (codiceFiscale != null && !codiceFiscale.isBlank()) {
            person = people.findByCodiceFiscale(new CodiceFiscale(codiceFiscale)).map(found -> atDesk(operator, found, FileUse.view()))
                    .orElse(null);
        }
        Map<String, Object> data = person != null ? PersonData.of(person) : newPerson(operator, codiceFiscale);
        return new IntakeStartView(FormViews.prefilled(schema(), data), person == null ? null : found(person));
    }

    /** The form as the operator sent it, with the Italian text of each problem. */
    public IntakeStartView refused(String operator, Map<String, ?> submitted, List<FieldProblem> problems) {
        requireFrontOffice(operator);
        return new IntakeStartView(FormViews.submitted(schema(), submitted, Map.of(),
                ProblemMessages.inItalian(problems, messages)), knownBy(operator, submitted.get("codiceFiscale")));
    }

    public IntakeStartView refreshed(String operator, Map<String, ?> submitted) {
        return refused(operator, submitted, List.of());
    }

    /** Registers the accesso; refused values throw {@code SubmissionRefusedException} and change nothing. */
    @Transactional
    public ProcessStart.Started start(String operator, Map<String, ?> submitted) {
        requireFrontOffice(operator);
        ProcessStart.Started started = processStart.start(PROCESS, operator, submitted);
        if (runtimeService.getVariable(started.processInstance().getId(), "personId") instanceof Number personId) {
            access.atDesk(operator, personId.longValue(), FileUse.write("intake", started.processInstance().getBusinessKey()));
        }
        return started;
    }

    /** The person at the desk, logged as read by the front office. */
    private Person atDesk(String operator, Person person, FileUse use) {
        access.atDesk(operator, person.getId(), use);
        return person;
    }

    /** The person of the codice fiscale sent, when it is well formed and known. */
    private PersonFound knownBy(String operator, Object codiceFiscale) {
        String code = codiceFiscale instanceof String[] values && values.length > 0 ? values[0]
                : codiceFiscale instanceof String value ? value : null;
        try {
            return code == null || code.isBlank() ? null
                    : people.findByCodiceFiscale(new CodiceFiscale(code)).map(person -> atDesk(operator, person, FileUse.view()))
                    .map(this::found).orElse(null);
        } catch (RuleViolation malformed) {
            return null;
        }
    }

    private Map<String, Object> newPerson(String operator, String codiceFiscale) {
        Map<String, Object> data = new HashMap<>();
        frontOffices.comuneOf(operator).ifPresent(comune -> data.put("comune", comune));
        if (codiceFiscale != null && !codiceFiscale.isBlank()) {
            data.put("codiceFiscale", new CodiceFiscale(codiceFiscale).value());
        }
        return data;
    }

    private FormSchema schema() {
        ProcessDefinition intake = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        if (intake == null) {
            throw new NotFoundException("error.process.not-found", "No process " + PROCESS, PROCESS);
        }
        return forms.ofStart(intake.getId());
    }

    private void requireFrontOffice(String operator) {
        if (!frontOffices.isFrontOffice(operator)) {
            throw new NotFoundException("error.intake-desk.not-found", "Operator is in no front office");
        }
    }

    private PersonFound found(Person person) {
        return new PersonFound(person.getId(), person.getLastName() + " " + person.getFirstName(), person.getBirthDate(),
                frontOffices.comuneName(PersonData.residence(person)),
                person.getCodiceFiscale() == null ? null : person.getCodiceFiscale().value());
    }
}
