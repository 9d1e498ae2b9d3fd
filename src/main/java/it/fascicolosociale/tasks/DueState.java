package it.fascicolosociale.tasks;

import java.time.Duration;
import java.time.Instant;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Where a task stands against its due date; the list marks the first two with text and an icon. */
public enum DueState implements Coded {
    OVERDUE("overdue"),
    /** Due within {@link #SOON}. */
    DUE_SOON("soon"),
    LATER("later"),
    /** The task has no due date. */
    NONE("none");

    /** How near a due date is "soon". */
    public static final Duration SOON = Duration.ofDays(3);

    private final String code;

    DueState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static DueState of(Instant due, Instant now) {
        if (due == null) {
            return NONE;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        return due.isBefore(now.plus(SOON)) ? DUE_SOON : LATER;
    }

    public static DueState fromCode(String code) {
        return Coded.fromCode(DueState.class, code,
                unknown -> new RuleViolation("error.worklist.unknown-due-state", "Unknown due state " + unknown, unknown));
    }
}
