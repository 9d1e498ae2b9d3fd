package it.fascicolosociale.referrals;

/** Where a referral stands. */
public enum ReferralStatus {
    /** Asked by the sender, not yet sent: it waits for a consent in force or a legal basis. */
    REQUESTED,
    /** Sent to the unit, or the letter to the external body produced: waiting for the answer. */
    SENT,
    /** The recipient collaborates; updates may follow until the collaboration is closed. */
    ACCEPTED,
    /** The recipient does not take the request, for a stated reason. */
    DECLINED,
    /** The collaboration is over. */
    CLOSED,
    /** The sender withdrew the request before sending it (typically: no consent and no legal basis). */
    WITHDRAWN
}
