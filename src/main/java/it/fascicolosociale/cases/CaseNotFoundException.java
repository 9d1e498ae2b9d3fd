package it.fascicolosociale.cases;

import it.fascicolosociale.platform.NotFoundException;

/** No social case with that id. */
public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(Long id) {
        super("error.case.not-found", "No social case " + id);
    }
}
