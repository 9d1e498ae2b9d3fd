package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a dynamic list: as JSON sends them (a list of objects) or as an HTML form posts them
 * ({@code goals[0].description}); each row checked against the list's own fields.
 */
final class RepeatingRows {

    private static final Pattern FLAT = Pattern.compile("^(.+)\\[(\\d+)]\\.(.+)$");

    private RepeatingRows() {
    }

    /** The rows submitted for the list, in order; rows whose fields are all empty are dropped. */
    static List<Map<String, Object>> of(FormComponent list, Map<String, ?> submitted) {
        Object nested = submitted.get(list.key());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (nested instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    map.forEach((field, value) -> row.put(String.valueOf(field), value));
                    rows.add(row);
                }
            }
        } else {
            rows.addAll(flatRows(list.key(), submitted));
        }
        rows.removeIf(RepeatingRows::isEmpty);
        return rows;
    }

    /** Checks every row; problems name their field as {@code path[index].key}. */
    static FieldValues.Checked check(FormComponent list, Map<String, ?> submitted, Map<String, Object> variables) {
        FormSchema rowForm = new FormSchema(list.key(), 0, list.components());
        List<Map<String, Object>> values = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<Map<String, Object>> rows = of(list, submitted);
        for (int index = 0; index < rows.size(); index++) {
            ValidatedForm row = FormValidator.validate(rowForm, rows.get(index), variables);
            values.add(row.values());
            for (FieldProblem problem : row.problems()) {
                problems.add(new FieldProblem(list.key() + "[" + index + "]." + problem.key(), problem.label(),
                        problem.messageCode(), problem.arguments()));
            }
        }
        return new FieldValues.Checked(values, problems);
    }

    private static List<Map<String, Object>> flatRows(String path, Map<String, ?> submitted) {
        Map<Integer, Map<String, Object>> rows = new TreeMap<>();
        submitted.forEach((key, value) -> {
            Matcher flat = FLAT.matcher(key);
            if (flat.matches() && flat.group(1).equals(path)) {
                rows.computeIfAbsent(Integer.valueOf(flat.group(2)), index -> new HashMap<>()).put(flat.group(3), value);
            }
        });
        return new ArrayList<>(rows.values());
    }

    private static boolean isEmpty(Map<String, Object> row) {
        return row.values().stream().allMatch(value -> value == null || String.valueOf(value).isBlank()
                || value instanceof String[] array && String.join("", array).isBlank());
    }
}
