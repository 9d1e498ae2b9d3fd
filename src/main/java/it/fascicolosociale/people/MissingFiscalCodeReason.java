package it.fascicolosociale.people;

/** Why a person is recorded without a codice fiscale. */
public enum MissingFiscalCodeReason {
    /** A newborn, or a person whose code the Agenzia delle Entrate has not issued yet. */
    NOT_YET_ASSIGNED,
    /** A foreigner without a residence permit, who may have no codice fiscale at all. */
    UNDOCUMENTED_FOREIGNER,
    /** The person has not given it, for instance at an anonymous first contact. */
    NOT_DISCLOSED;

    /** The key of the Italian label in the message bundle. */
    public String messageCode() {
        return "missing-fiscal-code-reason." + name().toLowerCase().replace('_', '-');
    }
}
