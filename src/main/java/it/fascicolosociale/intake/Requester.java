package it.fascicolosociale.intake;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Who asked: the person, a relative, or someone else (a neighbour, a service, an institution). */
public record Requester(Kind kind, String description) {

    /** The requester's relation to the person. */
    public enum Kind implements Coded {
        SELF("self"), RELATIVE("relative"), OTHER("other");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            return Coded.fromCode(Kind.class, code,
                    unknown -> new RuleViolation("error.intake.unknown-requester", "Unknown requester " + unknown, unknown));
        }
    }

    public Requester {
        if (kind == null) {
            throw new RuleViolation("error.intake.requester-required", "the requester is required");
        }
        if (kind != Kind.SELF && (description == null || description.isBlank())) {
            throw new RuleViolation("error.intake.requester-description-required", "say who asked, when not the person");
        }
    }
}
