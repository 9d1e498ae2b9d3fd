package it.fascicolosociale.referrals;

import it.fascicolosociale.platform.RuleViolation;

/** Free texts of referrals: required, stripped, and no longer than their column. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int max, String missingCode, String tooLongCode) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(missingCode, "required text missing");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(tooLongCode, "text longer than " + max + " characters", max);
        }
        return stripped;
    }

    static String optional(String text, int max, String tooLongCode) {
        return text == null || text.isBlank() ? null : required(text, max, tooLongCode, tooLongCode);
    }
}
