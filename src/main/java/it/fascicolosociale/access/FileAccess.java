package it.fascicolosociale.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.CaseNotFoundException;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Routing;
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
    private final OperatorScope.Lookups lookups;
    private final Clock clock;

    FileAccess(Cases cases, Intakes intakes, People people, Operators operators, Units units, Routing routing,
               TaskService taskService, Clock clock) {
        this.cases = cases;
        this.intakes = intakes;
        this.people = people;
        this.lookups = new OperatorScope.Lookups(operators, units, routing, taskService);
        this.clock = clock;
    }

    public Optional<AccessReason> toCase(String operator, Long caseId) {
        return scope(operator).toCase(cases.get(caseId));
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
        return Optional.ofNullable(toPersons(operator, List.of(personId)).get(personId));
    }

    /**
     * Why the operator may read each of the persons, for those they may read; the others are missing from the map.
     * Asks the database a few times for the whole list, not for each person.
     */
    public Map<Long, AccessReason> toPersons(String operator, Collection<Long> personIds) {
        OperatorScope scope = scope(operator);
        Map<Long, AccessReason> reasons = new HashMap<>();
        for (SocialCase socialCase : cases.ofPersons(personIds)) {
            if (!reasons.containsKey(socialCase.getPersonId())) {
                scope.toCase(socialCase).ifPresent(reason -> reasons.put(socialCase.getPersonId(), reason));
            }
        }
        List<Long> rest = personIds.stream().filter(id -> !reasons.containsKey(id)).collect(Collectors.toList());
        for (Intake intake : intakes.ofPersons(rest)) {
            if (!reasons.containsKey(intake.getPersonId())) {
                scope.toIntake(intake).ifPresent(reason -> reasons.put(intake.getPersonId(), reason));
            }
        }
        return reasons;
    }

    /** The person, if the operator may read them; otherwise the same "not found" as a missing person. */
    public Person requirePerson(String operator, Long personId) {
        if (toPerson(operator, personId).isEmpty()) {
            throw new PersonNotFoundException(personId);
        }
        return people.get(personId);
    }

    private OperatorScope scope(String operator) {
        return new OperatorScope(lookups, operator, LocalDate.now(clock));
    }
}
