package it.fascicolosociale.notes;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** The kinds of diary entry of a social file. */
public enum NoteType implements Coded {
    INTERVIEW("interview"),
    HOME_VISIT("home-visit"),
    PHONE_CALL("phone-call"),
    TEAM_MEETING("team-meeting"),
    REPORT("report"),
    OTHER("other");

    private final String code;

    NoteType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static NoteType fromCode(String code) {
        return Coded.fromCode(NoteType.class, code,
                unknown -> new RuleViolation("error.note.unknown-type", "Unknown note type " + unknown, unknown));
    }
}
