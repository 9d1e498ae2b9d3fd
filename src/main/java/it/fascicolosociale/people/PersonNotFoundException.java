package it.fascicolosociale.people;

import it.fascicolosociale.platform.NotFoundException;

/** No person has that id. */
public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(Long id) {
        super("error.person.not-found", "No person with id " + id, String.valueOf(id));
    }
}
