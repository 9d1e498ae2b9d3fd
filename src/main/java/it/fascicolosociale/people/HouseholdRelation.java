package it.fascicolosociale.people;

/** How a member is related to the household's reference person (intestatario), as the registry office says. */
public enum HouseholdRelation {
    REFERENCE_PERSON,
    SPOUSE,
    /** Convivente: lives with the reference person as a couple without being married to them. */
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    /** Nipote: the Italian word, and the registry, do not tell a grandchild from a nephew or niece. */
    GRANDCHILD_OR_NEPHEW,
    OTHER_RELATIVE,
    OTHER_COHABITANT;

    /** The key of the Italian label in the message bundle. */
    public String messageCode() {
        return "household-relation." + name().toLowerCase().replace('_', '-');
    }
}
