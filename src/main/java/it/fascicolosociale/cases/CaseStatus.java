package it.fascicolosociale.cases;

/** Whether the service still has the person in charge. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
