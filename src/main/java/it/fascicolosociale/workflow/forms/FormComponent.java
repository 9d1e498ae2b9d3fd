package it.fascicolosociale.workflow.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One component of a Camunda Form, with what the server needs to check a value: its key, type, rules,
 * options and the FEEL condition that hides it. Groups carry their children.
 */
public record FormComponent(
        String type,
        String id,
        String key,
        String label,
        String description,
        Rules rules,
        List<Option> options,
        String optionsKey,
        String hideCondition,
        String subtype,
        Integer decimalDigits,
        boolean readOnly,
        Map<String, String> properties,
        List<FormComponent> components,
        Display display) {

    private static final Set<String> INPUTS = Set.of(
            "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime",
            "dynamiclist");

    public FormComponent {
        options = options == null ? List.of() : List.copyOf(options);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        components = components == null ? List.of() : List.copyOf(components);
        rules = rules == null ? Rules.NONE : rules;
        display = display == null ? Display.NONE : display;
    }

    /** True for components that submit a value under their key. */
    public boolean isInput() {
        return INPUTS.contains(type) && key != null && !key.isBlank();
    }

    /** A list of rows, each with the fields of {@link #components()}, submitted under {@link #key()} (the path). */
    public boolean isRepeating() {
        return "dynamiclist".equals(type);
    }

    /** Whether the form designer marked the field as needed by the process (custom property {@code process=true}). */
    public boolean isProcessVariable() {
        return "true".equalsIgnoreCase(properties.get("process"));
    }

    /** The validation rules of form-js ({@code validate}). */
    public record Rules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
                        String pattern, String validationType) {

        public static final Rules NONE = new Rules(false, null, null, null, null, null, null);
    }

    /**
     * What only a page needs to show the component: the text of a text component (form-js markdown), the
     * default value of a field, and whether a dynamic list lets the operator add rows and how many it starts with.
     */
    public record Display(String text, String defaultValue, boolean allowAddRemove, int defaultRepetitions) {

        public static final Display NONE = new Display(null, null, true, 1);
    }

    /** A choice of a select, radio, checklist or taglist. */
    public record Option(String value, String label) {
    }
}
