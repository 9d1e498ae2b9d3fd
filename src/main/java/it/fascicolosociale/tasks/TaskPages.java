package it.fascicolosociale.tasks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.access.FileUse;
import it.fascicolosociale.workflow.DeployedForms;
import it.fascicolosociale.workflow.TaskCompletion;
import it.fascicolosociale.workflow.forms.FieldProblem;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormView;
import it.fascicolosociale.workflow.forms.FormViews;
import it.fascicolosociale.workflow.forms.ProblemMessages;

/**
 * The page of a task the operator may complete: its Camunda Form drawn on the server, filled from the task's
 * variables or with what the operator sent, beside the summary of the file. Completing goes through
 * {@link TaskCompletion}; a task the operator may not complete is "no such task".
 */
@Service
@Transactional
public class TaskPages {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final OpenTasks tasks;
    private final DeployedForms forms;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final FileSummaries summaries;
    private final MessageSource messages;

    TaskPages(OpenTasks tasks, DeployedForms forms, TaskService taskService, TaskCompletion completion,
              FileSummaries summaries, MessageSource messages) {
        this.tasks = tasks;
        this.forms = forms;
        this.taskService = taskService;
        this.completion = completion;
        this.summaries = summaries;
        this.messages = messages;
    }

    /** The form as the task's variables fill it. */
    public TaskView show(String taskId, String operator) {
        OpenTask task = tasks.toComplete(taskId, operator);
        Map<String, Object> variables = readableVariables(taskId, operator);
        return view(task, FormViews.prefilled(forms.ofTask(taskId), variables), operator, variables, taskId);
    }

    /** The form as the operator sent it, with the Italian text of each problem. */
    public TaskView refused(String taskId, String operator, Map<String, ?> submitted, List<FieldProblem> problems) {
        OpenTask task = tasks.toComplete(taskId, operator);
        Map<String, Object> variables = readableVariables(taskId, operator);
        FormSchema schema = forms.ofTask(taskId);
        return view(task, FormViews.submitted(schema, submitted, variables, ProblemMessages.inItalian(problems, messages)),
                operator, variables, taskId);
    }

    /** The form as the operator filled it so far, showing the fields that apply to their choices. */
    public TaskView refreshed(String taskId, String operator, Map<String, ?> submitted) {
        return refused(taskId, operator, submitted, List.of());
    }

    /** Completes the task from its form; refused values throw {@code SubmissionRefusedException} and change nothing. */
    @Transactional
    public OpenTask complete(String taskId, String operator, Map<String, ?> submitted) {
        OpenTask task = tasks.toComplete(taskId, operator);
        summaries.record(operator, readableVariables(taskId, operator), FileUse.write("task", taskId));
        completion.complete(taskId, operator, submitted);
        return task;
    }

    /** The task's variables, if the task is about no file or about one the operator may read; else "no such task". */
    private Map<String, Object> readableVariables(String taskId, String operator) {
        Map<String, Object> variables = taskService.getVariables(taskId);
        summaries.requireReadable(taskId, operator, variables);
        return variables;
    }

    private TaskView view(OpenTask task, FormView form, String operator, Map<String, Object> variables, String taskId) {
        return new TaskView(task, task.due() == null ? null : LocalDateTime.ofInstant(task.due(), ROME),
                DueState.of(task.due(), ClockUtil.getCurrentTime().toInstant()), form,
                summaries.of(operator, variables, FileUse.read("task", taskId)).orElse(null));
    }
}
