package it.fascicolosociale.benefits;

import it.fascicolosociale.platform.NotFoundException;

/** No benefit with that id. */
public class BenefitNotFoundException extends NotFoundException {

    BenefitNotFoundException(Long id) {
        super("error.benefit.not-found", "No benefit " + id);
    }
}
