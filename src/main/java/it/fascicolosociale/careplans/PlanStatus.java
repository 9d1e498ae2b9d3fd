package it.fascicolosociale.careplans;

/** Where one version of a PAI stands. */
public enum PlanStatus {
    /** Drafted by the case manager and waiting for the responsabile d'area. */
    SUBMITTED,
    /** Sent back for rework, with the reason. */
    REJECTED,
    /** The plan in force. */
    APPROVED,
    /** Replaced by a later approved version. */
    SUPERSEDED
}
