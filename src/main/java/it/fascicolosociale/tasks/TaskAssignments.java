package it.fascicolosociale.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.OperatorDirectory.Member;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Who holds a task: an operator takes a task offered to their group or gives it back to it; a coordinator hands
 * a task of their unit to a colleague with a role in that unit. Each with the operator's reason, recorded as a
 * {@link TaskAction}. Anyone else gets "no such task".
 */
@Service
@Transactional
public class TaskAssignments {

    private static final Logger log = LoggerFactory.getLogger(TaskAssignments.class);
    private static final int REASON_MAX = 1000;
    /** The process variables that make a task about a person's file. */
    private static final List<String> FILE_VARIABLES = List.of("caseId", "personId");

    private final OpenTasks tasks;
    private final UnitScope scope;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskActionRepository actions;

    TaskAssignments(OpenTasks tasks, UnitScope scope, TaskService taskService, IdentityService identityService,
                    TaskActionRepository actions) {
        this.tasks = tasks;
        this.scope = scope;
        this.taskService = taskService;
        this.identityService = identityService;
        this.actions = actions;
    }

    /** A colleague a task can be handed to. */
    public record Colleague(String username, String name) {
    }

    /** The task as the operator would act on it, or "no such task" if they may not. */
    @Transactional(readOnly = true)
    public OpenTask subject(String taskId, String operator, TaskActionKind action) {
        return switch (action) {
            case CLAIM -> tasks.toClaim(taskId, operator);
            case UNCLAIM -> tasks.toRelease(taskId, operator);
            case DELEGATE -> tasks.toDelegate(taskId, operator);
        };
    }

    public TaskAction claim(String taskId, String operator, String reason) {
        OpenTask task = tasks.toClaim(taskId, operator);
        String why = reason(reason);
        if (task.isAssigned()) {
            throw new RuleViolation("error.task-action.already-held", "Task " + taskId + " is already held");
        }
        as(operator, () -> taskService.claim(taskId, operator));
        return record(task, TaskActionKind.CLAIM, operator, null, why);
    }

    public TaskAction release(String taskId, String operator, String reason) {
        OpenTask task = tasks.toRelease(taskId, operator);
        String why = reason(reason);
        if (task.candidateGroups().isEmpty()) {
            throw new RuleViolation("error.task-action.no-group", "Task " + taskId + " has no group to go back to");
        }
        as(operator, () -> taskService.setAssignee(taskId, null));
        return record(task, TaskActionKind.UNCLAIM, operator, null, why);
    }

    public TaskAction delegate(String taskId, String coordinator, String colleague, String reason) {
        OpenTask task = tasks.toDelegate(taskId, coordinator);
        String why = reason(reason);
        if (colleague == null || !colleaguesFor(task, coordinator).containsKey(colleague)) {
            throw new RuleViolation("error.task-action.not-a-colleague", "Operator is no colleague for task " + taskId);
        }
        as(coordinator, () -> taskService.setAssignee(taskId, colleague));
        return record(task, TaskActionKind.DELEGATE, coordinator, colleague, why);
    }

    /**
     * Who the coordinator may hand the task to: members of its units they coordinate, but not who holds it; for a
     * task about a file, only members whose role there works on files.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(String taskId, String coordinator) {
        return colleaguesFor(tasks.toDelegate(taskId, coordinator), coordinator).values().stream().toList();
    }

    private Map<String, Colleague> colleaguesFor(OpenTask task, String coordinator) {
        Set<String> units = tasks.unitsOf(task);
        units.retainAll(scope.coordinatedBy(coordinator));
        boolean aboutAFile = taskService.getVariables(task.id(), FILE_VARIABLES).values().stream().anyMatch(Objects::nonNull);
        Map<String, Colleague> colleagues = new LinkedHashMap<>();
        for (Member member : scope.membersOf(units)) {
            if (!member.username().equals(task.assignee()) && (!aboutAFile || worksOnFiles(member))) {
                colleagues.putIfAbsent(member.username(),
                        new Colleague(member.username(), member.lastName() + " " + member.firstName()));
            }
        }
        return colleagues;
    }

    private static boolean worksOnFiles(Member member) {
        return Role.fromCode(member.groupId().substring(0, member.groupId().indexOf('@'))).worksOnFiles();
    }

    private TaskAction record(OpenTask task, TaskActionKind kind, String by, String to, String reason) {
        log.info("Task {} {} by {}{}", task.id(), kind.code(), by, to == null ? "" : " to " + to);
        return actions.save(new TaskAction(task, kind, by, to, reason, ClockUtil.getCurrentTime().toInstant()));
    }

    /** The engine's history names the operator who changed the assignee. */
    private void as(String operator, Runnable change) {
        identityService.setAuthenticatedUserId(operator);
        try {
            change.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("error.task-action.reason-required", "An action on a task needs its reason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleViolation("error.task-action.reason-too-long", "Reason longer than " + REASON_MAX, REASON_MAX);
        }
        return reason.strip();
    }
}
