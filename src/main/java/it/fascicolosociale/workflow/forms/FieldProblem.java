package it.fascicolosociale.workflow.forms;

import java.util.List;

/**
 * Why the value of one field was refused: a message code of the Italian bundle, with the field's label
 * as first argument and the rule's figures after it.
 */
public record FieldProblem(String key, String label, String messageCode, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(FormComponent field, String messageCode, Object... figures) {
        List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(field.label() == null ? field.key() : field.label());
        arguments.addAll(List.of(figures));
        return new FieldProblem(field.key(), field.label(), messageCode, arguments);
    }
}
