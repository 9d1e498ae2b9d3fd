package it.fascicolosociale.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.GroupFilter;
import it.fascicolosociale.organization.OperatorDirectory.Page;

/**
 * Where the processes of a case stand, in words: the tasks that wait for someone (with the holder or the names of
 * the groups they are offered to) and the timers they wait on (e.g. the periodic review of the PAI and its day).
 */
@Component
class ProcessPosition {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final OperatorDirectory directory;
    private final Clock clock;

    ProcessPosition(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
                    RepositoryService repositoryService, OperatorDirectory directory, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.clock = clock;
    }

    /** The open tasks under the business key, the first due first; {@code names} gives operators' names. */
    List<OpenTask> openTasks(String businessKey, Map<String, String> names) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list();
        List<OpenTask> open = new ArrayList<>();
        for (Task task : tasks) {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            open.add(new OpenTask(task.getId(), task.getName(), due, due != null && due.isBefore(clock.instant()),
                    task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()),
                    task.getAssignee() == null ? groupNames(task.getId()) : List.of()));
        }
        open.sort(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return open;
    }

    /** The usernames of the tasks' assignees, to look their names up with the rest. */
    List<String> assignees(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(Task::getAssignee).filter(assignee -> assignee != null).toList();
    }

    /** The timers of intermediate events the processes wait on. */
    List<ProcessWait> waits(String businessKey) {
        List<ProcessWait> waits = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                FlowElement element = element(instance.getProcessDefinitionId(), timer.getJobDefinitionId());
                if (element instanceof IntermediateCatchEvent event) {
                    waits.add(new ProcessWait(event.getName(), timer.getDuedate().toInstant()));
                }
            }
        }
        return waits;
    }

    private FlowElement element(String processDefinitionId, String jobDefinitionId) {
        String activityId = managementService.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult().getActivityId();
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    }

    private List<String> groupNames(String taskId) {
        List<String> ids = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> known = new HashMap<>();
        // the directory names a group "role - unit"; a dash of its own tells the role from the unit's name
        directory.groups(new GroupFilter(ids, null, null, null), Page.ALL)
                .forEach(group -> known.put(group.id(), group.name().replaceFirst(" - ", " \u2014 ")));
        return ids.stream().map(id -> known.getOrDefault(id, id)).toList();
    }
}
