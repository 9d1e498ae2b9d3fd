package it.fascicolosociale.organization;

/** Who a managing body (ente gestore) is. */
public enum ManagingBodyKind {
    /** The azienda speciale consortile of the social district. */
    SOCIAL_DISTRICT_AGENCY,
    /** The ULSS, for services the comuni delegated to it. */
    HEALTH_AUTHORITY,
    /** A comune, for services it keeps. */
    MUNICIPALITY
}
