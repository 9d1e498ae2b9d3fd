package it.fascicolosociale.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.AccountFilter;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Where the demo operators work: each task is completed through {@link TaskCompletion}, from its form, by the
 * operator who holds it or, when nobody does, by the first operator of the group it is offered to, so the demo
 * goes only where the organization lets a real operator go.
 */
@Component
@OnDemoData
class Desk {

    private final ProcessStart processStart;
    private final TaskCompletion completion;
    private final TaskService taskService;
    private final OperatorDirectory directory;
    private final Map<String, String> members = new ConcurrentHashMap<>();

    Desk(ProcessStart processStart, TaskCompletion completion, TaskService taskService, OperatorDirectory directory) {
        this.processStart = processStart;
        this.completion = completion;
        this.taskService = taskService;
        this.directory = directory;
    }

    /** Starts a process from its start form; the business key of the started process. */
    String start(String processKey, String operator, Map<String, Object> form) {
        return processStart.start(processKey, operator, form).processInstance().getBusinessKey();
    }

    /** Completes every open task of the story with that key; there must be at least one. */
    void complete(Story story, String taskKey, Function<Task, Map<String, Object>> form) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyIn(story.businessKeys())
                .taskDefinitionKey(taskKey).active().orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            throw new IllegalStateException("Demo story " + story.number() + " has no open task " + taskKey);
        }
        for (Task task : open) {
            completion.complete(task.getId(), holder(task), form.apply(task));
        }
    }

    /** The first value of a list of options a task listener prepared for the form (value/label rows). */
    @SuppressWarnings("unchecked")
    String firstOption(Task task, String optionsVariable) {
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(task.getId(), optionsVariable);
        return options.get(0).get("value");
    }

    /** The first operator, by username, of a group {@code role@unit}; the groups do not change while the demo is made. */
    String member(String group) {
        return members.computeIfAbsent(group, this::firstMember);
    }

    private String firstMember(String group) {
        return directory.accounts(new AccountFilter(null, null, null, null, null, null, null, group),
                        new OperatorDirectory.Page(0, 1, "id", true)).stream()
                .findFirst().map(OperatorDirectory.Account::username)
                .orElseThrow(() -> new IllegalStateException("Nobody in group " + group + " for the demo"));
    }

    private String holder(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().findFirst().map(this::member)
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " is offered to nobody"));
    }
}
