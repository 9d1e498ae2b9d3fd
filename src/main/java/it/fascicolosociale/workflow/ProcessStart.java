package it.fascicolosociale.workflow;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormValidator;
import it.fascicolosociale.workflow.forms.ValidatedForm;

/**
 * Starts the latest version of a process from its start form, with the same guarantees as
 * {@link TaskCompletion}: server-side validation, the submission saved and mapped onto the domain, and
 * the process started, all in one transaction.
 */
@Service
public class ProcessStart {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final DeployedForms forms;
    private final FormHandlers handlers;
    private final FormRecorder recorder;

    ProcessStart(RepositoryService repositoryService, RuntimeService runtimeService, IdentityService identityService,
                 DeployedForms forms, FormHandlers handlers, FormRecorder recorder) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.forms = forms;
        this.handlers = handlers;
        this.recorder = recorder;
    }

    /** A process started from its form, and the saved submission. */
    public record Started(ProcessInstance processInstance, FormSubmission submission) {
    }

    @Transactional
    public Started start(String processKey, String operator, Map<String, ?> submitted) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("error.process.not-found", "No process " + processKey, processKey);
        }
        FormSchema schema = forms.ofStart(definition.getId());
        ValidatedForm form = FormValidator.validate(schema, submitted, Map.of());
        if (!form.isValid()) {
            throw new SubmissionRefusedException(schema.id(), form.problems());
        }
        HandledForm handled = handlers.handle(new SubmittedForm(schema.id(), form, operator, processKey, null, null, Map.of()));
        String businessKey = handled.businessKey() != null ? handled.businessKey() : processKey + "-" + UUID.randomUUID();
        ProcessInstance instance = startAs(operator, definition, businessKey, FormRecorder.processVariables(schema, form, handled));
        FormSubmission saved = recorder.record(new SubmissionContext(schema.id(), schema.version(), businessKey,
                definition.getId(), instance.getId(), null, null), operator, form);
        return new Started(instance, saved);
    }

    private ProcessInstance startAs(String operator, ProcessDefinition definition, String businessKey,
                                    Map<String, Object> variables) {
        identityService.setAuthenticatedUserId(operator);
        try {
            return runtimeService.startProcessInstanceById(definition.getId(), businessKey, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
