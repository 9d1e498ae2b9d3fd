package it.fascicolosociale.people;

import it.fascicolosociale.platform.RuleViolation;

/** A change to a household that its rules refuse. */
public class HouseholdRuleException extends RuleViolation {

    /** The rule the change would break. */
    public enum Rule {
        /** A person lives in one household at a time. */
        ALREADY_IN_A_HOUSEHOLD("error.household.already-member"),
        /** The reference person is chosen when the household is formed; nobody else becomes one. */
        ONE_REFERENCE_PERSON("error.household.one-reference-person"),
        /** The reference person leaves last, which dissolves the household. */
        REFERENCE_PERSON_STAYS("error.household.reference-person-stays"),
        NOT_A_MEMBER("error.household.not-a-member"),
        LEAVES_BEFORE_JOINING("error.household.leaves-before-joining"),
        JOINS_BEFORE_FORMATION("error.household.joins-before-formation"),
        DISSOLVED("error.household.dissolved");

        private final String messageCode;

        Rule(String messageCode) {
            this.messageCode = messageCode;
        }
    }

    private final Rule rule;

    public HouseholdRuleException(Rule rule, Long personId) {
        super(rule.messageCode, "Household change refused, " + rule + " (person " + personId + ")",
                String.valueOf(personId));
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
