package it.fascicolosociale.people;

import it.fascicolosociale.platform.NotFoundException;

/** No household has that id. */
public class HouseholdNotFoundException extends NotFoundException {

    public HouseholdNotFoundException(Long id) {
        super("error.household.not-found", "No household with id " + id, String.valueOf(id));
    }
}
