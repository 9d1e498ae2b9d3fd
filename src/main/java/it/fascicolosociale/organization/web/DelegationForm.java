package it.fascicolosociale.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import it.fascicolosociale.organization.Delegation;
import it.fascicolosociale.organization.DelegationTerms;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Period;

/** What the administrator chooses for one row of the delegation table; no end date means until further notice. */
record DelegationForm(
        @NotNull(message = "{validation.delegation.municipality-required}") Long municipalityId,
        @NotBlank(message = "{validation.delegation.user-area-required}") String userArea,
        @NotNull(message = "{validation.delegation.managing-body-required}") Long managingBodyId,
        @NotNull(message = "{validation.delegation.unit-required}") Long unitId,
        @NotNull(message = "{validation.delegation.valid-from-required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        long version) {

    /** Delegations change on 1 January, so a new one starts on the next, unless the administrator says otherwise. */
    static DelegationForm startingNextYear(Clock clock) {
        return new DelegationForm(null, "", null, null, Year.now(clock).plusYears(1).atDay(1), null, 0);
    }

    static DelegationForm of(Delegation delegation) {
        return new DelegationForm(delegation.getMunicipalityId(), delegation.getUserArea().code(),
                delegation.getManagingBodyId(), delegation.getUnitId(), delegation.getValidFrom(),
                delegation.getValidTo(), delegation.getVersion());
    }

    DelegationTerms terms() {
        return new DelegationTerms(municipalityId, UserArea.fromCode(userArea), managingBodyId, unitId,
                new Period(validFrom, validTo));
    }
}
