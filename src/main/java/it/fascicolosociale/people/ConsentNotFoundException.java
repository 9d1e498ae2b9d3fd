package it.fascicolosociale.people;

import it.fascicolosociale.platform.NotFoundException;

/** No consent with that id. */
public class ConsentNotFoundException extends NotFoundException {

    ConsentNotFoundException(Long id) {
        super("error.consent.not-found", "No consent " + id);
    }
}
