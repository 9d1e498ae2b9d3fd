package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks submitted values against their Camunda Form on the server: required fields, types, minimum and
 * maximum, length, pattern and e-mail/phone formats, the options of selects, radios and checklists (also
 * options taken from process variables), and the FEEL conditions that hide fields. Hidden and read-only
 * fields are dropped, as form-js drops them.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /**
     * @param submitted values by field key: strings or string arrays (HTML posts) or typed values (JSON)
     * @param variables the process variables the form was shown with (FEEL context and dynamic options)
     */
    public static ValidatedForm validate(FormSchema schema, Map<String, ?> submitted, Map<String, Object> variables) {
        Map<String, Object> context = new HashMap<>(variables);
        for (FormComponent field : schema.inputs()) {
            context.put(field.key(), field.isRepeating() ? RepeatingRows.of(field, submitted)
                    : FieldValues.asShown(field, submitted.get(field.key())));
        }
        Set<String> hidden = new HashSet<>();
        hideByConditions(schema.components(), context, false, hidden);

        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (FormComponent field : schema.inputs()) {
            if (hidden.contains(field.key()) || field.readOnly()) {
                continue;
            }
            FieldValues.Checked checked = field.isRepeating() ? RepeatingRows.check(field, submitted, variables)
                    : FieldValues.check(field, submitted.get(field.key()), optionsOf(field, variables));
            problems.addAll(checked.problems());
            if (checked.problems().isEmpty() && checked.value() != null) {
                values.put(field.key(), checked.value());
            }
        }
        return new ValidatedForm(values, hidden, problems);
    }

    /** A group's condition hides all its fields; a field's own condition hides it. */
    private static void hideByConditions(List<FormComponent> components, Map<String, Object> context,
                                         boolean parentHidden, Set<String> hidden) {
        for (FormComponent component : components) {
            boolean isHidden = parentHidden || FeelConditions.holds(component.hideCondition(), context);
            if (isHidden && component.isInput()) {
                hidden.add(component.key());
            }
            hideByConditions(component.components(), context, isHidden, hidden);
        }
    }

    /** Static options, or those of a process variable named by {@code valuesKey} (a list of {value, label}). */
    private static Set<String> optionsOf(FormComponent field, Map<String, Object> variables) {
        Set<String> allowed = new HashSet<>();
        field.options().forEach(option -> allowed.add(option.value()));
        if (field.optionsKey() != null && variables.get(field.optionsKey()) instanceof List<?> dynamic) {
            for (Object option : dynamic) {
                if (option instanceof Map<?, ?> map && map.get("value") != null) {
                    allowed.add(String.valueOf(map.get("value")));
                } else if (option != null) {
                    allowed.add(String.valueOf(option));
                }
            }
        }
        return allowed;
    }
}
