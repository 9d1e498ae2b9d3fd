package it.fascicolosociale.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;

import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.NoRouteException;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.organization.Units;

/**
 * One operator's reasons to read files on one day, each fact looked up once: the units they are in, which unit is
 * in charge of a comune and area, which front office covers a comune, which business keys have a task of theirs.
 * Lives for one question to {@link FileAccess}, so that checking fifty search results costs a few queries, not
 * fifty times as many.
 */
final class OperatorScope {

    /** The services {@link OperatorScope} asks, shared by every scope. */
    record Lookups(Operators operators, Units units, Routing routing, TaskService taskService) {
    }

    private final Lookups lookups;
    private final String operator;
    private final LocalDate today;
    private Set<String> units;
    private final Map<String, Boolean> inCharge = new HashMap<>();
    private final Map<IstatCode, Boolean> frontOffice = new HashMap<>();
    private final Map<String, Boolean> openTasks = new HashMap<>();

    OperatorScope(Lookups lookups, String operator, LocalDate today) {
        this.lookups = lookups;
        this.operator = operator;
        this.today = today;
    }

    Optional<AccessReason> toCase(SocialCase socialCase) {
        if (socialCase.isWorkedOnBy(operator)) {
            return Optional.of(AccessReason.CASE_TEAM);
        }
        if (isInUnitInCharge(socialCase.getComune(), socialCase.getArea())) {
            return Optional.of(AccessReason.DELEGATED_UNIT);
        }
        return hasOpenTask("case-" + socialCase.getId()) ? Optional.of(AccessReason.OPEN_TASK) : Optional.empty();
    }

    Optional<AccessReason> toIntake(Intake intake) {
        if (isInFrontOfficeOf(intake.getComune())) {
            return Optional.of(AccessReason.FRONT_OFFICE);
        }
        if (isInUnitInCharge(intake.getComune(), intake.getArea())) {
            return Optional.of(AccessReason.DELEGATED_UNIT);
        }
        return hasOpenTask("intake-" + intake.getId()) ? Optional.of(AccessReason.OPEN_TASK) : Optional.empty();
    }

    private boolean isInUnitInCharge(IstatCode comune, UserArea area) {
        return inCharge.computeIfAbsent(comune.value() + "/" + area.code(), key -> {
            try {
                return units().contains(lookups.routing().candidateGroup(Role.COORDINATOR, comune, area, today).unitCode());
            } catch (NoRouteException noDelegation) {
                return false;
            }
        });
    }

    private boolean isInFrontOfficeOf(IstatCode comune) {
        return frontOffice.computeIfAbsent(comune, key -> {
            try {
                return units().contains(lookups.routing().candidateGroup(Role.SOCIAL_WORKER, comune, UnitFunction.FRONT_OFFICE).unitCode());
            } catch (NoRouteException noFrontOffice) {
                return false;
            }
        });
    }

    private boolean hasOpenTask(String businessKey) {
        return openTasks.computeIfAbsent(businessKey, key ->
                lookups.taskService().createTaskQuery().processInstanceBusinessKey(key).taskAssignee(operator).count() > 0
                || lookups.taskService().createTaskQuery().processInstanceBusinessKey(key).taskCandidateUser(operator).count() > 0);
    }

    private Set<String> units() {
        if (units == null) {
            units = lookups.operators().byUsername(operator)
                    .map(found -> found.assignmentsInForceOn(today).stream()
                            .map(assignment -> lookups.units().get(assignment.unitId()).getCode())
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
        }
        return units;
    }
}
