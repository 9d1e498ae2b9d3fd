package it.fascicolosociale.workflow.forms;

import java.util.List;

/**
 * A Camunda Form as a server-rendered page shows it: the components visible with the current values, their
 * options, help texts and errors, and the error summary. Built by {@link FormViews}, drawn by the template
 * fragments of {@code fragments/camunda-form.html}, so that every page with a form draws it the same way.
 * {@code conditional}: some components show or hide by the values of others (FEEL), so the page offers to
 * show the form again after a choice.
 */
public record FormView(String formId, List<Field> components, List<Problem> problems, boolean conditional) {

    public FormView {
        components = List.copyOf(components);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * One component as drawn: {@code type} is the form-js type (taglist drawn as checklist), {@code id} the HTML
     * id, {@code name} the submitted name ({@code path[i].key} inside a dynamic list), {@code value} the current
     * text ("true" for a ticked checkbox); texts carry {@code paragraphs}, groups their {@code components},
     * dynamic lists their {@code rows}. {@code conditioning}: a FEEL condition of the form reads this field, so
     * the page is shown again when it changes.
     */
    public record Field(String type, String id, String name, String label, String description, boolean required,
                        boolean readOnly, String value, List<Choice> choices, String error, List<String> paragraphs,
                        List<Field> components, List<Row> rows, Input input, boolean conditioning) {

        public Field {
            choices = choices == null ? List.of() : List.copyOf(choices);
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
            components = components == null ? List.of() : List.copyOf(components);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public String helpId() {
            return id + "-help";
        }

        public String errorId() {
            return id + "-error";
        }

        public boolean isInvalid() {
            return error != null;
        }

        /** A read-only field of a row still travels with the row (hidden), so that rows keep their order. */
        public boolean isCarried() {
            return readOnly && name != null && name.contains("[");
        }

        /** The ids of the help text and of the error, for aria-describedby; null when there is neither. */
        public String describedBy() {
            String ids = ((description != null ? helpId() : "") + (error != null ? " " + errorId() : "")).strip();
            return ids.isEmpty() ? null : ids;
        }
    }

    /** An option of a select, radio or checklist, with the HTML id of its input. */
    public record Choice(String id, String value, String label, boolean selected) {
    }

    /** A row of a dynamic list, numbered from 1 as the page shows it. */
    public record Row(int number, List<Field> fields) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** How an input is typed in the browser: the HTML type, the virtual keyboard hint and the length limit. */
    public record Input(String type, String mode, Integer maxLength) {

        static final Input TEXT = new Input("text", null, null);
    }

    /** A line of the error summary: the Italian text and the id of the field it links to (null: the whole form). */
    public record Problem(String fieldId, String text) {
    }
}
