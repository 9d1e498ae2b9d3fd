package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.RuleViolation;

/** Free texts of an assessment: blank counts as none, and none is longer than its column. */
final class Texts {

    private Texts() {
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation("error.assessment.text-too-long", "text longer than " + max + " characters", max);
        }
        return stripped;
    }

    static String required(String text, int max, String missingCode) {
        String stripped = optional(text, max);
        if (stripped == null) {
            throw new RuleViolation(missingCode, "a required text is blank");
        }
        return stripped;
    }
}
