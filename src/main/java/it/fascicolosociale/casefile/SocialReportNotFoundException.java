package it.fascicolosociale.casefile;

import it.fascicolosociale.platform.NotFoundException;

/** The case has no social assessment yet, so no relazione sociale to print. */
public class SocialReportNotFoundException extends NotFoundException {

    public SocialReportNotFoundException(Long caseId) {
        super("error.social-report.not-found", "No social assessment for case " + caseId);
    }
}
