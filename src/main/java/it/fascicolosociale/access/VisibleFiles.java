package it.fascicolosociale.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The need-to-know rule of {@link FileAccess} as a SQL condition on {@code person p}, so that a search narrows its
 * candidates in the database instead of asking about every person: a case the operator works on, a case or accesso
 * of a comune and area their unit is in charge of today, an accesso of a comune whose front office they are in, or
 * an open task they hold or may claim, a referral under way to one of their units, an emergency access of theirs not
 * yet expired; never for roles that open no file. Consents and legal bases are checked in Java. It may let a few more through than {@link FileAccess} (a front office that
 * is not the only one of its comune); the results are confirmed one by one.
 */
@Component
class VisibleFiles {

    private static final String CONDITION = """
            (exists (select 1 from social_case c where c.person_id = p.id and (
                    c.case_manager = :operator
                    or exists (select 1 from case_team_member t where t.case_id = c.id and t.username = :operator)
                    or (c.comune, c.user_area_code) in (select comune, area from visible_in_charge)
                    or c.id in (:taskCases)
                    or c.id in (select r.case_id from referral r join organizational_unit ru on ru.code = r.target_unit
                                where r.status in ('SENT', 'ACCEPTED') and ru.id in (select unit_id from visible_units))))
             or p.id in (select e.person_id from emergency_access e where e.operator = :operator and e.expires_at > :now)
             or exists (select 1 from intake i where i.person_id = p.id and (
                    i.comune in (select comune from visible_front_office)
                    or (i.comune, i.user_area_code) in (select comune, area from visible_in_charge)
                    or i.id in (:taskIntakes))))""";

    private static final String UNITS = """
            select ra.unit_id from role_assignment ra join operator o on o.id = ra.operator_id
            where o.username = :operator and ra.valid_from <= :today and (ra.valid_to is null or ra.valid_to >= :today)
              and ra.role_code not in ('dpo', 'system-admin', 'process-designer', 'municipality-officer')""";

    private static final String IN_CHARGE = """
            select m.istat_code as comune, d.user_area_code as area
            from delegation d
            join municipality m on m.id = d.municipality_id
            join organizational_unit u on u.id = d.unit_id and u.active
            where d.unit_id in (%s) and d.valid_from <= :today and (d.valid_to is null or d.valid_to >= :today)"""
            .formatted(UNITS);

    private static final String FRONT_OFFICE = """
            select m.istat_code as comune
            from unit_coverage uc
            join organizational_unit u on u.id = uc.unit_id and u.active and u.function = 'front-office'
            join municipality m on m.id = uc.municipality_id
            where u.id in (%s)""".formatted(UNITS);

    /** No id is negative: stands for an empty list, which SQL's {@code in ()} does not accept. */
    private static final List<Long> NONE = List.of(-1L);

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    VisibleFiles(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /**
     * The condition, after which the query goes on; adds its parameters. The query must start with
     * {@link #with()}.
     */
    String personCondition(String operator, LocalDate today, java.time.Instant now, Map<String, Object> params) {
        Set<String> businessKeys = openTaskBusinessKeys(operator);
        params.put("operator", operator);
        params.put("today", today);
        params.put("now", java.sql.Timestamp.from(now));
        params.put("taskCases", ids(businessKeys, "case-"));
        params.put("taskIntakes", ids(businessKeys, "intake-"));
        return CONDITION;
    }

    /** The common table expressions the condition reads. */
    static String with() {
        return "with visible_units as (" + UNITS + "), visible_in_charge as (" + IN_CHARGE + "), visible_front_office as ("
                + FRONT_OFFICE + ") ";
    }

    private Set<String> openTaskBusinessKeys(String operator) {
        Set<String> processInstanceIds = new HashSet<>();
        taskService.createTaskQuery().taskAssignee(operator).list().forEach(task -> processInstanceIds.add(task.getProcessInstanceId()));
        taskService.createTaskQuery().taskCandidateUser(operator).list().stream()
                .map(Task::getProcessInstanceId).forEach(processInstanceIds::add);
        processInstanceIds.remove(null);
        if (processInstanceIds.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .map(ProcessInstance::getBusinessKey).filter(key -> key != null).forEach(keys::add);
        return keys;
    }

    private static List<Long> ids(Set<String> businessKeys, String prefix) {
        List<Long> ids = new ArrayList<>();
        for (String key : businessKeys) {
            String id = key.startsWith(prefix) ? key.substring(prefix.length()) : "";
            if (!id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit)) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids.isEmpty() ? NONE : ids;
    }
}
