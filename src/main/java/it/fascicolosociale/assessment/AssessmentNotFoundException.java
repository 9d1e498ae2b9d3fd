package it.fascicolosociale.assessment;

import it.fascicolosociale.platform.NotFoundException;

/** No assessment with that id. */
public class AssessmentNotFoundException extends NotFoundException {

    AssessmentNotFoundException(Long id) {
        super("error.assessment.not-found", "No assessment " + id);
    }
}
