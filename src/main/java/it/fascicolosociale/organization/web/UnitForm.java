package it.fascicolosociale.organization.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UnitProfile;
import it.fascicolosociale.organization.UserArea;

/**
 * What the administrator types about a unit; the code is typed once, when the unit is created. An unticked
 * checkbox sends nothing, hence {@code Boolean active} with null for "no".
 */
record UnitForm(
        String code,
        @NotBlank(message = "{validation.unit.name-required}") @Size(max = 200, message = "{validation.too-long}") String name,
        @NotNull(message = "{validation.unit.managing-body-required}") Long managingBodyId,
        @NotBlank(message = "{validation.unit.function-required}") String function,
        String userArea,
        Set<Long> coveredMunicipalityIds,
        Boolean active,
        long version) {

    static UnitForm empty() {
        return new UnitForm("", "", null, "", "", Set.of(), true, 0);
    }

    static UnitForm of(OrganizationalUnit unit) {
        return new UnitForm(unit.getCode(), unit.getName(), unit.getManagingBodyId(), unit.getFunction().code(),
                unit.getUserArea() == null ? "" : unit.getUserArea().code(), unit.getCoveredMunicipalityIds(),
                unit.isActive(), unit.getVersion());
    }

    UnitProfile profile() {
        return new UnitProfile(name, managingBodyId, UnitFunction.fromCode(function),
                userArea == null || userArea.isBlank() ? null : UserArea.fromCode(userArea),
                coveredMunicipalityIds == null ? Set.of() : new HashSet<>(coveredMunicipalityIds), Boolean.TRUE.equals(active));
    }
}
