package it.fascicolosociale.workflow;

import java.util.HashMap;
import java.util.Map;

/**
 * What a form handler gives back: the variables to set on the process, and, for a start form, the
 * business key of the new process instance (e.g. {@code intake-42}).
 */
public record HandledForm(Map<String, Object> variables, String businessKey) {

    public HandledForm {
        variables = java.util.Collections.unmodifiableMap(new HashMap<>(variables));
    }

    public static HandledForm variables(Map<String, Object> variables) {
        return new HandledForm(variables, null);
    }

    public static HandledForm started(String businessKey, Map<String, Object> variables) {
        return new HandledForm(variables, businessKey);
    }
}
