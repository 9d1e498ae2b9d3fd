package it.fascicolosociale.careplans;

/** What a planned intervention asks for: a benefit of the catalogue, or the collaboration of another service. */
public enum InterventionKind {
    BENEFIT,
    REFERRAL
}
