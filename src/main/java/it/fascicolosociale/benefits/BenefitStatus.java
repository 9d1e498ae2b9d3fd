package it.fascicolosociale.benefits;

/** Where a benefit stands, from the request of the PAI to its end. */
public enum BenefitStatus {
    /** Requested by the case manager from the PAI, waiting for the administrative check. */
    REQUESTED,
    /** ISEE checked (or found missing); the co-payment is computed at this stage. */
    CHECKED,
    /** Approved by the act the ente requires, not yet active. */
    APPROVED,
    /** Refused by the approver: a final state. */
    REFUSED,
    /** Active: deliveries are recorded against it. */
    ACTIVE,
    /** Ended, with its reason: a final state. */
    ENDED;

    /** Requested, checked, approved or active: what the closure of the case must end. */
    public boolean isOpen() {
        return this != REFUSED && this != ENDED;
    }
}
