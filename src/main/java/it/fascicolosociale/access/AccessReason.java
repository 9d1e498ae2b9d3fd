package it.fascicolosociale.access;

/** Why an operator may read a social file; each reason gives the purpose the access log records. */
public enum AccessReason {
    /** The case manager or a member of the case's team. */
    CASE_TEAM("case-work"),
    /** A role in the unit the delegation table puts in charge of the case's comune and area today. */
    DELEGATED_UNIT("case-work"),
    /** The operator holds, or may claim, an open task of the case or of the accesso. */
    OPEN_TASK("task"),
    /** The front office of the comune of an accesso of the person. */
    FRONT_OFFICE("front-office"),
    /**
     * A unit a referral of the case was sent to, while the referral is lawful: a consent of the person in force
     * for that unit, or a legal basis the sender recorded with its reason.
     */
    REFERRED_UNIT("referral"),
    /** An emergency access the operator opened, with its reason, for at most an hour. */
    BREAK_THE_GLASS("break-the-glass");

    private final String purpose;

    AccessReason(String purpose) {
        this.purpose = purpose;
    }

    /** The purpose the access log records for an access on this ground. */
    public String purpose() {
        return purpose;
    }
}
