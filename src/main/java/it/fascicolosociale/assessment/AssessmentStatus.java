package it.fascicolosociale.assessment;

/** Where a multidimensional assessment stands, in the order its steps come. */
public enum AssessmentStatus {
    /** Requested for the case: the case manager prepares the social part. */
    REQUESTED,
    /** Social part complete: the request is with the district UVMD. */
    PREPARED,
    /** The UVMD has set the session date. */
    CONVENED,
    /** The UVMD recorded its outcome. */
    DECIDED
}
