package it.fascicolosociale.workflow;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormValidator;
import it.fascicolosociale.workflow.forms.ValidatedForm;

/**
 * Completes any user task from its form: the operator must hold the task or belong to one of its candidate
 * groups; the values are checked against the task's Camunda Form on the server; then, in one transaction,
 * the submission is saved, mapped onto the domain by its handler, and the task completed with only the
 * variables the process needs. Refused values change nothing.
 */
@Service
public class TaskCompletion {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final DeployedForms forms;
    private final FormHandlers handlers;
    private final FormRecorder recorder;

    TaskCompletion(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                   DeployedForms forms, FormHandlers handlers, FormRecorder recorder) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.forms = forms;
        this.handlers = handlers;
        this.recorder = recorder;
    }

    @Transactional
    public FormSubmission complete(String taskId, String operator, Map<String, ?> submitted) {
        Task task = openTaskOf(taskId, operator);
        FormSchema schema = forms.ofTask(taskId);
        Map<String, Object> variables = taskService.getVariables(taskId);
        ValidatedForm form = FormValidator.validate(schema, submitted, variables);
        if (!form.isValid()) {
            throw new SubmissionRefusedException(schema.id(), form.problems());
        }
        String businessKey = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        String processKey = task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
        HandledForm handled = handlers.handle(new SubmittedForm(schema.id(), form, operator, processKey,
                task.getTaskDefinitionKey(), businessKey, variables));
        FormSubmission saved = recorder.record(new SubmissionContext(schema.id(), schema.version(), businessKey,
                task.getProcessDefinitionId(), task.getProcessInstanceId(), taskId, task.getTaskDefinitionKey()), operator, form);
        completeAs(operator, task, FormRecorder.processVariables(schema, form, handled));
        return saved;
    }

    /** The task, if the operator holds it or, while nobody holds it, belongs to one of its candidate groups. */
    private Task openTaskOf(String taskId, String operator) {
        Task held = taskService.createTaskQuery().taskId(taskId).taskAssignee(operator).active().singleResult();
        if (held != null) {
            return held;
        }
        Task offered = taskService.createTaskQuery().taskId(taskId).taskCandidateUser(operator).active().singleResult();
        if (offered == null) {
            throw new TaskNotFoundException(taskId);
        }
        return offered;
    }

    /** The history records who completed the task: the assignee and the authenticated operator. */
    private void completeAs(String operator, Task task, Map<String, Object> variables) {
        identityService.setAuthenticatedUserId(operator);
        try {
            if (task.getAssignee() == null) {
                taskService.setAssignee(task.getId(), operator);
            }
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
