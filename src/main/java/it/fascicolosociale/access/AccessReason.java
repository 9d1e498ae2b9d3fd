package it.fascicolosociale.access;

/** Why an operator may read a social file: the purpose the access log will record. */
public enum AccessReason {
    /** The case manager or a member of the case's team. */
    CASE_TEAM,
    /** A role in the unit the delegation table puts in charge of the case's comune and area today. */
    DELEGATED_UNIT,
    /** The operator holds, or may claim, an open task of the case or of the accesso. */
    OPEN_TASK,
    /** The front office of the comune of an accesso of the person. */
    FRONT_OFFICE
}
