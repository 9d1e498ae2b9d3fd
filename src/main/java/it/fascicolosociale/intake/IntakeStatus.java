package it.fascicolosociale.intake;

/** Where an accesso stands. */
public enum IntakeStatus {
    /** Registered, waiting for the first interview. */
    REGISTERED,
    /** Closed with information and orientation. */
    INFORMED,
    /** Proposed for presa in carico, waiting for the coordinator. */
    PROPOSED,
    /** Presa in carico accepted: a social case was opened. */
    ACCEPTED,
    /** Proposal rejected by the coordinator. */
    REJECTED,
    /** Sent to another service (invio) at the first interview. */
    REFERRED
}
