package it.fascicolosociale.tasks;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** What an operator did to who holds a task. */
public enum TaskActionKind implements Coded {
    /** Took a task offered to their group. */
    CLAIM("claim"),
    /** Gave a task back to its group. */
    UNCLAIM("unclaim"),
    /** A coordinator handed a task to a colleague of the same unit. */
    DELEGATE("delegate");

    private final String code;

    TaskActionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TaskActionKind fromCode(String code) {
        return Coded.fromCode(TaskActionKind.class, code,
                unknown -> new RuleViolation("error.task-action.unknown", "Unknown task action " + unknown, unknown));
    }

    @jakarta.persistence.Converter
    static class KindConverter extends it.fascicolosociale.platform.CodedConverter<TaskActionKind> {
        KindConverter() {
            super(TaskActionKind::fromCode);
        }
    }
}
