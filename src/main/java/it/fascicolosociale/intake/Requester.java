package it.fascicolosociale.intake;

import java.util.Arrays;

import it.fascicolosociale.platform.RuleViolation;

/** Who asked: the person, a relative, or someone else (a neighbour, a service, an institution). */
public record Requester(Kind kind, String description) {

    /** The requester's relation to the person. */
    public enum Kind {
        SELF("self"), RELATIVE("relative"), OTHER("other");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                    .orElseThrow(() -> new RuleViolation("error.intake.unknown-requester", "Unknown requester " + code, code));
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
