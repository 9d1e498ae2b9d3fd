package it.fascicolosociale.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;

import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.NoRouteException;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralStatus;
import it.fascicolosociale.referrals.Referrals;

/**
 * One operator's reasons to read files on one day, each fact looked up once: the units they are in, which unit is
 * in charge of a comune and area, which front office covers a comune, which business keys have a task of theirs.
 * Lives for one question to {@link FileAccess}, so that checking fifty search results costs a few queries, not
 * fifty times as many. Only roles that {@linkplain Role#worksOnFiles() work on files} count.
 */
final class OperatorScope {

    /** The services {@link OperatorScope} asks, shared by every scope. */
    record Lookups(Operators operators, Units units, Routing routing, TaskService taskService, Referrals referrals) {
    }

    /** A referral that is still under way: the recipient works on it. */
    private static final Set<ReferralStatus> REFERRAL_UNDER_WAY = EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED);

    private final Lookups lookups;
    private final String operator;
    private final LocalDate today;
    private Map<String, Role> units;
    private final Map<String, String> inCharge = new HashMap<>();
    private final Map<IstatCode, String> frontOffice = new HashMap<>();
    private final Map<String, Boolean> openTasks = new HashMap<>();

    OperatorScope(Lookups lookups, String operator, LocalDate today) {
        this.lookups = lookups;
        this.operator = operator;
        this.today = today;
    }

    String operator() {
        return operator;
    }

    Optional<Grant> toCase(SocialCase socialCase) {
        if (units().isEmpty()) {
            return Optional.empty();
        }
        if (socialCase.isWorkedOnBy(operator)) {
            return grant(AccessReason.CASE_TEAM);
        }
        Optional<String> inCharge = unitInCharge(socialCase.getComune(), socialCase.getArea());
        if (inCharge.isPresent()) {
            return grant(AccessReason.DELEGATED_UNIT, inCharge.get());
        }
        if (hasOpenTask("case-" + socialCase.getId())) {
            return grant(AccessReason.OPEN_TASK);
        }
        return referredUnit(socialCase.getId()).flatMap(unit -> grant(AccessReason.REFERRED_UNIT, unit));
    }

    Optional<Grant> toIntake(Intake intake) {
        if (units().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> frontOffice = frontOfficeOf(intake.getComune());
        if (frontOffice.isPresent()) {
            return grant(AccessReason.FRONT_OFFICE, frontOffice.get());
        }
        Optional<String> inCharge = unitInCharge(intake.getComune(), intake.getArea());
        if (inCharge.isPresent()) {
            return grant(AccessReason.DELEGATED_UNIT, inCharge.get());
        }
        return hasOpenTask("intake-" + intake.getId()) ? grant(AccessReason.OPEN_TASK) : Optional.empty();
    }

    /** A grant in the operator's first unit that carries file access; none if they have no such unit. */
    Optional<Grant> grant(AccessReason reason) {
        return units().keySet().stream().findFirst().flatMap(unit -> grant(reason, unit));
    }

    private Optional<Grant> grant(AccessReason reason, String unit) {
        return Optional.of(new Grant(reason, unit, units().get(unit).code()));
    }

    /**
     * One of the operator's units that a referral of the case, still under way, was sent to, if the referral is
     * lawful today: sharing with another service lasts as long as the consent in force or the legal basis.
     */
    private Optional<String> referredUnit(Long caseId) {
        return lookups.referrals().ofCase(caseId).stream()
                .filter(referral -> REFERRAL_UNDER_WAY.contains(referral.getStatus()))
                .filter(referral -> referral.target().isUnit() && units().containsKey(referral.target().unitCode()))
                .filter(referral -> lookups.referrals().isJustified(referral.getId(), today))
                .map(Referral::target).map(target -> target.unitCode()).findFirst();
    }

    private Optional<String> unitInCharge(IstatCode comune, UserArea area) {
        return Optional.ofNullable(inCharge.computeIfAbsent(comune.value() + "/" + area.code(), key -> {
            try {
                String unit = lookups.routing().candidateGroup(Role.COORDINATOR, comune, area, today).unitCode();
                return units().containsKey(unit) ? unit : "";
            } catch (NoRouteException noDelegation) {
                return "";
            }
        })).filter(unit -> !unit.isEmpty());
    }

    private Optional<String> frontOfficeOf(IstatCode comune) {
        return Optional.ofNullable(frontOffice.computeIfAbsent(comune, key -> {
            try {
                String unit = lookups.routing().candidateGroup(Role.SOCIAL_WORKER, comune, UnitFunction.FRONT_OFFICE).unitCode();
                return units().containsKey(unit) ? unit : "";
            } catch (NoRouteException noFrontOffice) {
                return "";
            }
        })).filter(unit -> !unit.isEmpty());
    }

    private boolean hasOpenTask(String businessKey) {
        return openTasks.computeIfAbsent(businessKey, key ->
                lookups.taskService().createTaskQuery().processInstanceBusinessKey(key).taskAssignee(operator).count() > 0
                || lookups.taskService().createTaskQuery().processInstanceBusinessKey(key).taskCandidateUser(operator).count() > 0);
    }

    /** The operator's units, each with the first role they hold there, among the roles that work on files. */
    private Map<String, Role> units() {
        if (units == null) {
            units = new LinkedHashMap<>();
            lookups.operators().byUsername(operator).ifPresent(found -> {
                for (RoleAssignment assignment : found.assignmentsInForceOn(today)) {
                    if (assignment.role().worksOnFiles()) {
                        units.putIfAbsent(lookups.units().get(assignment.unitId()).getCode(), assignment.role());
                    }
                }
            });
        }
        return units;
    }
}
