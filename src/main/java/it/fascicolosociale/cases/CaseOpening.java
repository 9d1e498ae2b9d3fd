package it.fascicolosociale.cases;

import java.util.Objects;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A presa in carico as the coordinator decides it: whose case, for which comune and user area (which give the
 * managing body through the delegation table), who manages it, and the accesso it comes from, if any.
 */
public record CaseOpening(Long personId, IstatCode comune, UserArea area, String caseManager, Long intakeId) {

    public CaseOpening {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(comune, "comune");
        Objects.requireNonNull(area, "area");
        if (caseManager == null || caseManager.isBlank()) {
            throw new RuleViolation("error.case.case-manager-required", "a case needs its case manager");
        }
    }
}
