package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.Period;

/** An operator's role in a unit for a period; while in force it makes them a member of {@code role@unit}. */
@Embeddable
public record RoleAssignment(
        @Column(name = "role_code") Role role,
        @Column(name = "unit_id") Long unitId,
        @Column(name = "valid_from") LocalDate validFrom,
        @Column(name = "valid_to") LocalDate validTo) {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
        new Period(validFrom, validTo);
    }

    public boolean inForceOn(LocalDate day) {
        return new Period(validFrom, validTo).contains(day);
    }
}
