package it.fascicolosociale.tasks;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.CandidateGroup;
import it.fascicolosociale.organization.UnknownCodeException;

/**
 * Finds an open task for what an operator wants to do with it, or answers "no such task": the same for a
 * task that does not exist and for one the operator may not touch.
 */
@Component
class OpenTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final UnitScope scope;

    OpenTasks(TaskService taskService, RuntimeService runtimeService, UnitScope scope) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.scope = scope;
    }

    /** A task the operator holds, or that is offered to one of their groups and held by nobody. */
    OpenTask toComplete(String taskId, String operator) {
        Task task = query(taskId).taskAssignee(operator).singleResult();
        if (task == null) {
            task = require(query(taskId).taskCandidateUser(operator).singleResult(), taskId);
        }
        return open(task);
    }

    /** A task offered to one of the operator's groups, held or not. */
    OpenTask toClaim(String taskId, String operator) {
        return open(require(query(taskId).taskCandidateUser(operator).includeAssignedTasks().singleResult(), taskId));
    }

    /** A task the operator holds. */
    OpenTask toRelease(String taskId, String operator) {
        return open(require(query(taskId).taskAssignee(operator).singleResult(), taskId));
    }

    /** A task of a unit the operator coordinates: offered to one of its groups, or held by one of its members. */
    OpenTask toDelegate(String taskId, String coordinator) {
        OpenTask task = open(require(query(taskId).singleResult(), taskId));
        Set<String> shared = unitsOf(task);
        shared.retainAll(scope.coordinatedBy(coordinator));
        if (shared.isEmpty()) {
            throw new NoSuchTaskException(taskId);
        }
        return task;
    }

    /** The units a task belongs to: those of its candidate groups and, while someone holds it, theirs. */
    Set<String> unitsOf(OpenTask task) {
        Set<String> units = new TreeSet<>();
        task.candidateGroups().forEach(group -> units.add(group.unitCode()));
        if (task.assignee() != null) {
            units.addAll(scope.unitsOf(task.assignee()));
        }
        return units;
    }

    private org.camunda.bpm.engine.task.TaskQuery query(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).active();
    }

    private static Task require(Task task, String taskId) {
        if (task == null || task.getProcessInstanceId() == null) {
            throw new NoSuchTaskException(taskId);
        }
        return task;
    }

    private OpenTask open(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        Date due = task.getDueDate();
        return new OpenTask(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(), task.getAssignee(), due == null ? null : due.toInstant(),
                candidateGroups(task.getId()));
    }

    private List<CandidateGroup> candidateGroups(String taskId) {
        List<CandidateGroup> groups = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                try {
                    groups.add(CandidateGroup.parse(link.getGroupId()));
                } catch (UnknownCodeException notRoleAtUnit) {
                    // a group named outside the role@unit convention belongs to no unit
                }
            }
        }
        return groups;
    }
}
