package it.fascicolosociale.people;

/** Sex as the civil registry and the codice fiscale record it. */
public enum Sex {
    F, M;

    /** The key of the Italian label in the message bundle. */
    public String messageCode() {
        return "sex." + name().toLowerCase();
    }
}
