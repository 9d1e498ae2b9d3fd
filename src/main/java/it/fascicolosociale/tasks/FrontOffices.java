package it.fascicolosociale.tasks;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.Units;

/** The front-office units (segretariato sociale) an operator works in today, and the comune they serve. */
@Component
class FrontOffices {

    private final UnitScope scope;
    private final Units units;
    private final Municipalities municipalities;

    FrontOffices(UnitScope scope, Units units, Municipalities municipalities) {
        this.scope = scope;
        this.units = units;
        this.municipalities = municipalities;
    }

    boolean isFrontOffice(String operator) {
        return !of(operator).isEmpty();
    }

    /** The ISTAT code of the one comune the operator's front office serves, if it serves one only. */
    Optional<String> comuneOf(String operator) {
        List<Long> covered = of(operator).stream().flatMap(unit -> unit.getCoveredMunicipalityIds().stream()).distinct().toList();
        return covered.size() == 1 ? Optional.of(municipalities.get(covered.get(0)).getIstatCode().value()) : Optional.empty();
    }

    String comuneName(String istatCode) {
        return istatCode == null ? null : municipalities.get(new IstatCode(istatCode)).getName();
    }

    private List<OrganizationalUnit> of(String operator) {
        return scope.unitsOf(operator).stream().map(units::get)
                .filter(unit -> unit.isActive() && unit.getFunction() == UnitFunction.FRONT_OFFICE).toList();
    }
}
