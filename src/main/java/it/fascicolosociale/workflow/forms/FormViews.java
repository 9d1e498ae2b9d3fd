package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link FormView} of a Camunda Form on the server. Values are shown as form-js shows them: taken
 * by key from the process variables (or the default value), or as the operator typed them when a submission
 * was refused. FEEL conditions are evaluated on those values, so a page without JavaScript shows the fields
 * that apply to what it holds, and is shown again, updated, when it is sent.
 */
public final class FormViews {

    private FormViews() {
    }

    /** The form as first shown: each field holds the variable of its key, or its default value. */
    public static FormView prefilled(FormSchema schema, Map<String, Object> variables) {
        Map<String, Object> values = new HashMap<>();
        for (FormComponent field : schema.inputs()) {
            if (variables.containsKey(field.key())) {
                values.put(field.key(), field.isRepeating() ? ShownValues.rows(field, variables.get(field.key()))
                        : ShownValues.of(field, variables.get(field.key())));
            } else if (field.display().defaultValue() != null) {
                values.put(field.key(), field.display().defaultValue());
            }
        }
        return build(schema, values, variables, Map.of());
    }

    /**
     * The form as the operator sent it, every typed value kept, with the Italian text of each problem by field
     * key ({@link ProblemMessages#inItalian}; the empty key for the whole form).
     *
     * @param submitted the posted values: String or String[] by name, rows of dynamic lists as {@code path[i].key}
     */
    public static FormView submitted(FormSchema schema, Map<String, ?> submitted, Map<String, Object> variables,
                                     Map<String, String> problems) {
        Map<String, Object> values = new HashMap<>();
        for (FormComponent field : schema.inputs()) {
            values.put(field.key(), field.isRepeating() ? ShownValues.rows(field, RepeatingRows.of(field, submitted))
                    : ShownValues.of(field, submitted.get(field.key())));
        }
        return build(schema, values, variables, problems);
    }

    private static FormView build(FormSchema schema, Map<String, Object> values, Map<String, Object> variables,
                                  Map<String, String> problems) {
        Map<String, Object> context = new HashMap<>(variables);
        for (FormComponent field : schema.inputs()) {
            context.put(field.key(), field.isRepeating() ? values.get(field.key())
                    : FieldValues.asShown(field, values.get(field.key())));
        }
        List<String> conditions = new ArrayList<>();
        collectConditions(schema.components(), conditions);
        Set<String> conditioning = new HashSet<>();
        for (FormComponent field : schema.inputs()) {
            Pattern named = Pattern.compile("(?<![\\w.])" + Pattern.quote(field.key()) + "(?![\\w])");
            if (conditions.stream().anyMatch(condition -> named.matcher(condition).find())) {
                conditioning.add(field.key());
            }
        }
        List<FormView.Field> components = new FormViewBuilder(values, context, variables, problems, "", conditioning)
                .build(schema.components());
        return new FormView(schema.id(), components, summary(problems), !conditions.isEmpty());
    }

    private static void collectConditions(List<FormComponent> components, List<String> conditions) {
        for (FormComponent component : components) {
            if (component.hideCondition() != null && !component.hideCondition().isBlank()) {
                conditions.add(component.hideCondition());
            }
            collectConditions(component.components(), conditions);
        }
    }

    private static List<FormView.Problem> summary(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>(problems);
        return ordered.entrySet().stream()
                .map(problem -> new FormView.Problem(problem.getKey().isEmpty() ? null : FormViewBuilder.htmlId(problem.getKey()),
                        problem.getValue()))
                .toList();
    }
}
