package it.fascicolosociale.organization;

import java.util.Objects;

import it.fascicolosociale.platform.Period;

/** For a comune and a user area, the managing body and unit in charge during a period. */
public record DelegationTerms(Long municipalityId, UserArea userArea, Long managingBodyId, Long unitId, Period period) {

    public DelegationTerms {
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(userArea, "userArea");
        Objects.requireNonNull(managingBodyId, "managingBodyId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
    }
}
