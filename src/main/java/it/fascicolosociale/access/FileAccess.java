package it.fascicolosociale.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.CaseNotFoundException;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.NoRouteException;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.people.PersonNotFoundException;

/**
 * The need-to-know rule: an operator reads a case if they work on it, if one of their roles is in the unit
 * in charge of its comune and area today, or if they hold or may claim one of its open tasks; they read a
 * person if they may read one of the person's cases, or an accesso of the person (front office of its comune,
 * unit in charge of its comune and area, or its open task). Refusals look exactly like missing records.
 */
@Service
@Transactional(readOnly = true)
public class FileAccess {

    private final Cases cases;
    private final Intakes intakes;
    private final People people;
    private final Operators operators;
    private final Units units;
    private final Routing routing;
    private final TaskService taskService;
    private final Clock clock;

    FileAccess(Cases cases, Intakes intakes, People people, Operators operators, Units units, Routing routing,
               TaskService taskService, Clock clock) {
        this.cases = cases;
        this.intakes = intakes;
        this.people = people;
        this.operators = operators;
        this.units = units;
        this.routing = routing;
        this.taskService = taskService;
        this.clock = clock;
    }

    public Optional<AccessReason> toCase(String operator, Long caseId) {
        SocialCase socialCase = cases.get(caseId);
        if (socialCase.isWorkedOnBy(operator)) {
            return Optional.of(AccessReason.CASE_TEAM);
        }
        if (isInUnitInCharge(operator, socialCase.getComune(), socialCase.getArea())) {
            return Optional.of(AccessReason.DELEGATED_UNIT);
        }
        return hasOpenTask(operator, "case-" + caseId) ? Optional.of(AccessReason.OPEN_TASK) : Optional.empty();
    }

    /** The case, if the operator may read it; otherwise the same "not found" as a missing case. */
    public SocialCase requireCase(String operator, Long caseId) {
        try {
            return toCase(operator, caseId).map(reason -> cases.get(caseId)).orElseThrow(() -> new CaseNotFoundException(caseId));
        } catch (CaseNotFoundException missing) {
            throw new CaseNotFoundException(caseId);
        }
    }

    public Optional<AccessReason> toPerson(String operator, Long personId) {
        for (SocialCase socialCase : cases.ofPerson(personId)) {
            Optional<AccessReason> reason = toCase(operator, socialCase.getId());
            if (reason.isPresent()) {
                return reason;
            }
        }
        for (Intake intake : intakes.ofPerson(personId)) {
            Optional<AccessReason> reason = toIntake(operator, intake);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    /** The person, if the operator may read them; otherwise the same "not found" as a missing person. */
    public Person requirePerson(String operator, Long personId) {
        if (toPerson(operator, personId).isEmpty()) {
            throw new PersonNotFoundException(personId);
        }
        return people.get(personId);
    }

    private Optional<AccessReason> toIntake(String operator, Intake intake) {
        if (isInFrontOfficeOf(operator, intake.getComune())) {
            return Optional.of(AccessReason.FRONT_OFFICE);
        }
        if (isInUnitInCharge(operator, intake.getComune(), intake.getArea())) {
            return Optional.of(AccessReason.DELEGATED_UNIT);
        }
        return hasOpenTask(operator, "intake-" + intake.getId()) ? Optional.of(AccessReason.OPEN_TASK) : Optional.empty();
    }

    private boolean isInUnitInCharge(String operator, IstatCode comune, UserArea area) {
        try {
            String unit = routing.candidateGroup(Role.COORDINATOR, comune, area, today()).unitCode();
            return unitsOf(operator).contains(unit);
        } catch (NoRouteException noDelegation) {
            return false;
        }
    }

    private boolean isInFrontOfficeOf(String operator, IstatCode comune) {
        try {
            return unitsOf(operator).contains(routing.candidateGroup(Role.SOCIAL_WORKER, comune, UnitFunction.FRONT_OFFICE).unitCode());
        } catch (NoRouteException noFrontOffice) {
            return false;
        }
    }

    private boolean hasOpenTask(String operator, String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskAssignee(operator).count() > 0
                || taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateUser(operator).count() > 0;
    }

    private Set<String> unitsOf(String operator) {
        return operators.byUsername(operator)
                .map(found -> found.assignmentsInForceOn(today()).stream()
                        .map(assignment -> units.get(assignment.unitId()).getCode())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
