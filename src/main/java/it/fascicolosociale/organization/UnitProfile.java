package it.fascicolosociale.organization;

import java.util.Objects;
import java.util.Set;

import it.fascicolosociale.platform.RuleViolation;

/**
 * What an administrator says about a unit: name, managing body, function, the user area it serves
 * (if any), the comuni it covers, and whether it still receives work.
 */
public record UnitProfile(String name, Long managingBodyId, UnitFunction function, UserArea userArea,
                          Set<Long> coveredMunicipalityIds, boolean active) {

    public UnitProfile {
        Objects.requireNonNull(function, "function");
        if (name == null || name.isBlank()) {
            throw new RuleViolation("error.unit.name-required", "a unit needs a name");
        }
        if (managingBodyId == null) {
            throw new RuleViolation("error.unit.managing-body-required", "a unit needs a managing body");
        }
        name = name.strip();
        coveredMunicipalityIds = coveredMunicipalityIds == null ? Set.of() : Set.copyOf(coveredMunicipalityIds);
    }
}
