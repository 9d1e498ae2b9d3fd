package it.fascicolosociale.workflow;

import java.util.Map;

import it.fascicolosociale.workflow.forms.ValidatedForm;

/**
 * A form that passed validation, with where it comes from.
 *
 * @param taskDefinitionKey the user task's id in the BPMN, or null for a start form
 * @param processVariables  the variables of the process instance (empty for a start form)
 */
public record SubmittedForm(String formKey, ValidatedForm form, String operator, String processDefinitionKey,
                            String taskDefinitionKey, String businessKey, Map<String, Object> processVariables) {

    public SubmittedForm {
        // variables may hold nulls, which Map.copyOf refuses
        processVariables = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(processVariables));
    }

    public Object value(String key) {
        return form.values().get(key);
    }

    public String text(String key) {
        Object value = value(key);
        return value == null ? null : value.toString();
    }
}
