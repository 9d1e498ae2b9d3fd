package it.fascicolosociale.intake;

import it.fascicolosociale.platform.NotFoundException;

/** No accesso with that id. */
public class IntakeNotFoundException extends NotFoundException {

    IntakeNotFoundException(Long id) {
        super("error.intake.not-found", "No intake " + id);
    }
}
