package it.fascicolosociale.audit;

import java.util.Objects;

/**
 * One access to a person's file, as the log records it: who (operator, unit and role they acted in), what
 * (person, case, item), how (action), why (purpose) and whether it was allowed. Ids only, never names or text.
 */
public record AccessEvent(String operator, String unitCode, String roleCode, Long personId, Long caseId,
                          String itemType, String itemId, Action action, String purpose, Outcome outcome) {

    /** What the operator did with the file. */
    public enum Action {
        READ, WRITE, SEARCH, EXPORT, DOWNLOAD, API,
        /** The end of something that gave access, such as an emergency access closed by its operator. */
        END
    }

    /** Whether the access went through. */
    public enum Outcome {
        ALLOWED, DENIED
    }

    public AccessEvent {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
    }
}
