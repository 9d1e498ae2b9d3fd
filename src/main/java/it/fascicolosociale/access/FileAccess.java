package it.fascicolosociale.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.audit.AccessEvent;
import it.fascicolosociale.audit.AccessLog;
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
import it.fascicolosociale.referrals.Referrals;

/**
 * The need-to-know rule: an operator reads a case if they work on it, if one of their roles is in the unit
 * in charge of its comune and area today, if they hold or may claim one of its open tasks, if their unit received
 * a lawful referral of it, or for the hour of a break-the-glass on its person; they read a person if they may read
 * one of the person's cases, or an accesso of the person (front office of its comune, unit in charge of its comune
 * and area, or its open task). Refusals look exactly like missing records.
 * <p>
 * Every grant that opens a file ({@code require...}, {@link #write}) appends its row to the access log in the
 * caller's transaction, before anything of the file is read: a page cannot read a file without leaving its row,
 * and if the row cannot be written nothing is shown or saved. The questions {@code to...} only say whether a link
 * may be shown; they open nothing.
 */
@Service
@Transactional
public class FileAccess {

    private final Cases cases;
    private final Intakes intakes;
    private final People people;
    private final EmergencyAccesses emergencies;
    private final AccessLog log;
    private final OperatorScope.Lookups lookups;
    private final Clock clock;

    FileAccess(Cases cases, Intakes intakes, People people, Operators operators, Units units, Routing routing,
               TaskService taskService, Referrals referrals, EmergencyAccesses emergencies, AccessLog log, Clock clock) {
        this.cases = cases;
        this.intakes = intakes;
        this.people = people;
        this.emergencies = emergencies;
        this.log = log;
        this.lookups = new OperatorScope.Lookups(operators, units, routing, taskService, referrals);
        this.clock = clock;
    }

    /**
     * Whether the operator has a role that works on files: the DPO, the system administrator, the process designer
     * and the referente del comune never open one, not even of a task they hold.
     */
    @Transactional(readOnly = true)
    public boolean opensFiles(String operator) {
        return scope(operator).grant(AccessReason.OPEN_TASK).isPresent();
    }

    /** Whether (and why) the operator may open the case; opens nothing, logs nothing. */
    @Transactional(readOnly = true)
    public Optional<AccessReason> toCase(String operator, Long caseId) {
        return grantToCase(scope(operator), cases.get(caseId)).map(Grant::reason);
    }

    /** The case, if the operator may read it, with its view logged; otherwise the same "not found" as a missing case. */
    public SocialCase requireCase(String operator, Long caseId) {
        return requireCase(operator, caseId, FileUse.view());
    }

    /** The case, if the operator may use it so, with the use logged; otherwise "not found". */
    public SocialCase requireCase(String operator, Long caseId, FileUse use) {
        SocialCase socialCase = existing(caseId);
        record(operator, granted(operator, socialCase), socialCase.getPersonId(), caseId, use);
        return socialCase;
    }

    /**
     * Writes to the case (a note, a document): checks the access, runs the write, and logs it with the id of what
     * was written, all in the caller's transaction.
     */
    public <T> T write(String operator, Long caseId, FileUse use, Function<SocialCase, T> write, Function<T, Object> idOf) {
        SocialCase socialCase = existing(caseId);
        Grant grant = granted(operator, socialCase);
        T written = write.apply(socialCase);
        record(operator, grant, socialCase.getPersonId(), caseId, use.of(idOf.apply(written)));
        return written;
    }

    @Transactional(readOnly = true)
    public Optional<AccessReason> toPerson(String operator, Long personId) {
        return Optional.ofNullable(toPersons(operator, List.of(personId)).get(personId));
    }

    /**
     * Why the operator may read each of the persons, for those they may read; the others are missing from the map.
     * Asks the database a few times for the whole list, not for each person. Opens nothing, logs nothing.
     */
    @Transactional(readOnly = true)
    public Map<Long, AccessReason> toPersons(String operator, Collection<Long> personIds) {
        Map<Long, AccessReason> reasons = new HashMap<>();
        grantsToPersons(scope(operator), operator, personIds).forEach((id, grant) -> reasons.put(id, grant.reason()));
        return reasons;
    }

    /** The person, if the operator may read them, with the view logged; otherwise "not found" as for a missing person. */
    public Person requirePerson(String operator, Long personId) {
        return requirePerson(operator, personId, FileUse.view());
    }

    public Person requirePerson(String operator, Long personId, FileUse use) {
        Grant grant = grantsToPersons(scope(operator), operator, List.of(personId)).get(personId);
        if (grant == null) {
            throw new PersonNotFoundException(personId);
        }
        record(operator, grant, personId, null, use);
        return people.get(personId);
    }

    /**
     * Of the persons a search found, those the operator may read, each logged as returned by the search: their rows
     * are appended together, in the order of the results.
     */
    public Set<Long> searched(String operator, Collection<Long> personIds) {
        Map<Long, Grant> grants = grantsToPersons(scope(operator), operator, personIds);
        log.recordAll(personIds.stream().filter(grants::containsKey)
                .map(id -> event(operator, grants.get(id), id, null, FileUse.search())).toList());
        return grants.keySet();
    }

    /**
     * The person whose codice fiscale the front office typed while they are at the desk (the front office registers
     * the accesso of anyone who comes), logged with the purpose front office; only for an operator who opens files.
     */
    public void atDesk(String operator, Long personId, FileUse use) {
        Grant grant = scope(operator).grant(AccessReason.FRONT_OFFICE).orElseThrow(() -> new PersonNotFoundException(personId));
        record(operator, grant, personId, null, use);
    }

    private Grant granted(String operator, SocialCase socialCase) {
        return grantToCase(scope(operator), socialCase).orElseThrow(() -> new CaseNotFoundException(socialCase.getId()));
    }

    /** The case, or the same "not found" whatever was missing. */
    private SocialCase existing(Long caseId) {
        try {
            return cases.get(caseId);
        } catch (CaseNotFoundException missing) {
            throw new CaseNotFoundException(caseId);
        }
    }

    private Optional<Grant> grantToCase(OperatorScope scope, SocialCase socialCase) {
        return scope.toCase(socialCase).or(() -> emergency(scope, socialCase.getPersonId()));
    }

    private Map<Long, Grant> grantsToPersons(OperatorScope scope, String operator, Collection<Long> personIds) {
        Map<Long, Grant> grants = new HashMap<>();
        for (SocialCase socialCase : cases.ofPersons(personIds)) {
            if (!grants.containsKey(socialCase.getPersonId())) {
                scope.toCase(socialCase).ifPresent(grant -> grants.put(socialCase.getPersonId(), grant));
            }
        }
        List<Long> rest = personIds.stream().filter(id -> !grants.containsKey(id)).toList();
        for (Intake intake : intakes.ofPersons(rest)) {
            if (!grants.containsKey(intake.getPersonId())) {
                scope.toIntake(intake).ifPresent(grant -> grants.put(intake.getPersonId(), grant));
            }
        }
        Set<Long> emergency = emergencies.personsOpenTo(operator);
        personIds.stream().filter(id -> !grants.containsKey(id) && emergency.contains(id)).forEach(id ->
                scope.grant(AccessReason.BREAK_THE_GLASS).ifPresent(grant -> grants.put(id, grant)));
        return grants;
    }

    private Optional<Grant> emergency(OperatorScope scope, Long personId) {
        return emergencies.personsOpenTo(scope.operator()).contains(personId)
                ? scope.grant(AccessReason.BREAK_THE_GLASS) : Optional.empty();
    }

    /** The unit and role an emergency access of the operator would act in; none for roles that never open files. */
    Optional<Grant> emergencyGrant(String operator) {
        return scope(operator).grant(AccessReason.BREAK_THE_GLASS);
    }

    private void record(String operator, Grant grant, Long personId, Long caseId, FileUse use) {
        log.record(event(operator, grant, personId, caseId, use));
    }

    private static AccessEvent event(String operator, Grant grant, Long personId, Long caseId, FileUse use) {
        return new AccessEvent(operator, grant.unitCode(), grant.roleCode(), personId, caseId, use.itemType(),
                use.itemId(), use.action(), grant.reason().purpose(), AccessEvent.Outcome.ALLOWED);
    }

    private OperatorScope scope(String operator) {
        return new OperatorScope(lookups, operator, LocalDate.now(clock));
    }
}
