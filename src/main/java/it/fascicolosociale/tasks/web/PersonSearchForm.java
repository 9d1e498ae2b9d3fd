package it.fascicolosociale.tasks.web;

/** The front office looks a person up by codice fiscale (exact) or by name. */
record PersonSearchForm(String codiceFiscale, String name) {

    boolean isEmpty() {
        return (codiceFiscale == null || codiceFiscale.isBlank()) && (name == null || name.isBlank());
    }
}
