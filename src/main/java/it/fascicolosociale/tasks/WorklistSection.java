package it.fascicolosociale.tasks;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** The parts of the task list: what the operator holds, what their groups may take, what their units do. */
public enum WorklistSection implements Coded {
    /** Tasks assigned to the operator. */
    MINE("mine"),
    /** Tasks nobody holds yet, offered to a group the operator belongs to (role@unit). */
    GROUPS("groups"),
    /** For coordinators: every task of the units they coordinate, held or not, by operator. */
    UNITS("units");

    private final String code;

    WorklistSection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static WorklistSection fromCode(String code) {
        return Coded.fromCode(WorklistSection.class, code,
                unknown -> new RuleViolation("error.worklist.unknown-section", "Unknown task list section " + unknown, unknown));
    }
}
