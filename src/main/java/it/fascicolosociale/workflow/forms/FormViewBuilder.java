package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.fascicolosociale.workflow.forms.FormView.Choice;
import it.fascicolosociale.workflow.forms.FormView.Field;
import it.fascicolosociale.workflow.forms.FormView.Input;
import it.fascicolosociale.workflow.forms.FormView.Row;

/**
 * Turns components into {@link Field}s, skipping those hidden by their FEEL condition. Inside a dynamic list
 * it runs once per row, with the row's values and names prefixed {@code path[i].}.
 */
final class FormViewBuilder {

    private static final Set<String> DRAWN = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime", "group", "text", "dynamiclist", "separator");
    /** Empty rows offered when none is filled (one below filled rows), so that rows are added without JavaScript. */
    private static final int SPARE_ROWS = 2;

    private final Map<String, Object> values;
    private final Map<String, Object> context;
    private final Map<String, Object> variables;
    private final Map<String, String> problems;
    private final String prefix;
    private final Set<String> conditioning;

    FormViewBuilder(Map<String, Object> values, Map<String, Object> context, Map<String, Object> variables,
                    Map<String, String> problems, String prefix, Set<String> conditioning) {
        this.values = values;
        this.context = context;
        this.variables = variables;
        this.problems = problems;
        this.prefix = prefix;
        this.conditioning = conditioning;
    }

    /** An HTML id for a field name such as {@code goals[0].description}. */
    static String htmlId(String name) {
        return "field-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    List<Field> build(List<FormComponent> components) {
        List<Field> fields = new ArrayList<>();
        for (FormComponent component : components) {
            if (DRAWN.contains(component.type()) && !FeelConditions.holds(component.hideCondition(), context)) {
                fields.add(field(component));
            }
        }
        return fields;
    }

    private Field field(FormComponent component) {
        String name = component.key() == null ? null : prefix + component.key();
        String id = htmlId(name != null ? name : prefix + component.id());
        String type = "taglist".equals(component.type()) ? "checklist" : component.type();
        Object value = component.key() == null ? null : values.get(component.key());
        return new Field(type, id, name, component.label(), component.description(), component.rules().required(),
                component.readOnly(), value instanceof String text ? text : null, choices(component, id, value),
                name == null ? null : problems.get(name), TextParagraphs.of(component.display().text()),
                "group".equals(type) ? build(component.components()) : List.of(),
                component.isRepeating() ? rows(component, value) : List.of(), input(component),
                component.key() != null && conditioning.contains(component.key()));
    }

    private List<Choice> choices(FormComponent component, String id, Object value) {
        List<FormComponent.Option> options = new ArrayList<>(component.options());
        if (component.optionsKey() != null && variables.get(component.optionsKey()) instanceof List<?> dynamic) {
            for (Object option : dynamic) {
                if (option instanceof Map<?, ?> map && map.get("value") != null) {
                    Object label = map.get("label") == null ? map.get("value") : map.get("label");
                    options.add(new FormComponent.Option(String.valueOf(map.get("value")), String.valueOf(label)));
                } else if (option != null) {
                    options.add(new FormComponent.Option(String.valueOf(option), String.valueOf(option)));
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (int index = 0; index < options.size(); index++) {
            FormComponent.Option option = options.get(index);
            boolean selected = value instanceof List<?> ticked ? ticked.contains(option.value()) : option.value().equals(value);
            choices.add(new Choice(id + "-" + index, option.value(), option.label(), selected));
        }
        return choices;
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(FormComponent list, Object value) {
        List<Map<String, Object>> filled = value instanceof List<?> rows ? (List<Map<String, Object>>) rows : List.of();
        int spare = !list.display().allowAddRemove() ? 0 : filled.isEmpty() ? SPARE_ROWS : 1;
        List<FormComponent> fields = new FormSchema(list.key(), 0, list.components()).inputs();
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < filled.size() + spare; index++) {
            Map<String, Object> row = index < filled.size() ? filled.get(index) : Map.of();
            Map<String, Object> rowContext = new HashMap<>(context);
            fields.forEach(field -> rowContext.put(field.key(), FieldValues.asShown(field, row.get(field.key()))));
            String rowPrefix = prefix + list.key() + "[" + index + "].";
            rows.add(new Row(index + 1, new FormViewBuilder(row, rowContext, variables, problems, rowPrefix, conditioning)
                    .build(list.components())));
        }
        return rows;
    }

    private static Input input(FormComponent component) {
        Integer maxLength = component.rules().maxLength();
        return switch (component.type()) {
            case "number" -> new Input("text", Integer.valueOf(0).equals(component.decimalDigits()) ? "numeric" : "decimal", null);
            case "datetime" -> new Input(switch (component.subtype() == null ? "date" : component.subtype()) {
                case "time" -> "time";
                case "datetime" -> "datetime-local";
                default -> "date";
            }, null, null);
            case "textfield" -> new Input("email".equals(component.rules().validationType()) ? "email"
                    : "phone".equals(component.rules().validationType()) ? "tel" : "text", null, maxLength);
            case "textarea" -> new Input("text", null, maxLength);
            default -> Input.TEXT;
        };
    }
}
