package it.fascicolosociale.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import it.fascicolosociale.workflow.forms.FormComponent;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.ValidatedForm;

/** Saves validated forms as immutable, numbered submissions, and says what the process gets of them. */
@Component
class FormRecorder {

    private final FormSubmissionRepository submissions;
    private final ObjectMapper json;

    FormRecorder(FormSubmissionRepository submissions, ObjectMapper json) {
        this.submissions = submissions;
        this.json = json;
    }

    FormSubmission record(SubmissionContext context, String operator, ValidatedForm form) {
        int revision = submissions.lastRevision(context.businessKey(), context.formKey()) + 1;
        // the engine's clock, so that submissions and the process history tell one story in tests too
        return submissions.save(new FormSubmission(context, revision, operator, ClockUtil.getCurrentTime().toInstant(),
                toJson(form.values())));
    }

    /** The fields the form marks for the process, then what the handler adds. */
    static Map<String, Object> processVariables(FormSchema schema, ValidatedForm form, HandledForm handled) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormComponent field : schema.inputs()) {
            if (field.isProcessVariable() && form.values().containsKey(field.key())) {
                variables.put(field.key(), form.values().get(field.key()));
            }
        }
        variables.putAll(handled.variables());
        return variables;
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Form values cannot be written as JSON", unwritable);
        }
    }
}
