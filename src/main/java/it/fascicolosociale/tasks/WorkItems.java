package it.fascicolosociale.tasks;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory.Member;

/**
 * The open tasks of a section of the list, with the process variables every process of the platform carries
 * (personId, comune, area, caseId): one task query and one variable query, whatever the number of tasks.
 */
@Component
class WorkItems {

    private static final String[] VARIABLES = {"personId", "comune", "area", "caseId"};

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final UnitScope scope;

    WorkItems(TaskService taskService, RuntimeService runtimeService, UnitScope scope) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.scope = scope;
    }

    List<WorkItem> of(WorklistSection section, String operator) {
        List<Task> tasks = query(section, operator).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, Worklist.SECTION_LIMIT);
        Map<String, Map<String, Object>> variables = variablesOf(tasks);
        return tasks.stream().filter(task -> task.getProcessInstanceId() != null)
                .map(task -> item(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of())))
                .toList();
    }

    long count(WorklistSection section, String operator) {
        return query(section, operator).count();
    }

    /** The section's tasks: held by the operator; offered to their groups and held by nobody; of their units. */
    private TaskQuery query(WorklistSection section, String operator) {
        TaskQuery query = taskService.createTaskQuery().active();
        return switch (section) {
            case MINE -> query.taskAssignee(operator);
            case GROUPS -> query.taskCandidateUser(operator);
            case UNITS -> ofUnits(query, scope.coordinatedBy(operator));
        };
    }

    private TaskQuery ofUnits(TaskQuery query, Set<String> units) {
        if (units.isEmpty()) {
            return query.taskId("-");
        }
        String[] members = scope.membersOf(units).stream().map(Member::username).distinct().toArray(String[]::new);
        TaskQuery either = query.or().taskCandidateGroupIn(UnitScope.candidateGroupsOf(units)).includeAssignedTasks();
        return (members.length == 0 ? either : either.taskAssigneeIn(members)).endOr();
    }

    private Map<String, Map<String, Object>> variablesOf(List<Task> tasks) {
        Map<String, Map<String, Object>> variables = new HashMap<>();
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct()
                .toArray(String[]::new);
        if (instances.length == 0) {
            return variables;
        }
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(VARIABLES).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
            // the process instance's own variables, not those of a task or an inner scope
            if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }

    private static WorkItem item(Task task, Map<String, Object> variables) {
        return new WorkItem(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getProcessInstanceId(),
                instant(task.getDueDate()), instant(task.getCreateTime()), task.getAssignee(), id(variables.get("personId")),
                text(variables.get("comune")), text(variables.get("area")), id(variables.get("caseId")));
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Long id(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
