package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.ItalianDates;

/**
 * Answers "which candidate group handles role R for a case of comune C in area A on day D": the
 * delegation table gives the unit in charge, and the group is {@code R@unit}. Work that belongs to a
 * comune rather than an area (the front office, the district UVMD) goes to the one active unit of that
 * function covering the comune. Anything unknown or missing throws; there is no default group.
 */
@Service("organizationRouting")
@Transactional(readOnly = true)
public class Routing {

    private final MunicipalityRepository municipalities;
    private final DelegationRepository delegations;
    private final UnitRepository units;

    Routing(MunicipalityRepository municipalities, DelegationRepository delegations, UnitRepository units) {
        this.municipalities = municipalities;
        this.delegations = delegations;
        this.units = units;
    }

    public CandidateGroup candidateGroup(Role role, IstatCode comune, UserArea area, LocalDate day) {
        Municipality municipality = municipality(comune);
        Delegation delegation = delegations.findInForce(municipality.getId(), area, day)
                .orElseThrow(() -> new NoRouteException("error.routing.no-delegation",
                        "No delegation for comune " + comune + " and area " + area.code() + " on " + day,
                        municipality.getName(), ItalianNames.of(area), ItalianDates.format(day)));
        OrganizationalUnit unit = units.findById(delegation.getUnitId()).orElseThrow();
        if (!unit.isActive()) {
            throw new NoRouteException("error.routing.inactive-unit",
                    "Unit " + unit.getCode() + " in charge of comune " + comune + " and area " + area.code()
                            + " on " + day + " is not active", unit.getName());
        }
        return new CandidateGroup(role, unit.getCode());
    }

    public CandidateGroup candidateGroup(Role role, IstatCode comune, UnitFunction function) {
        Municipality municipality = municipality(comune);
        List<OrganizationalUnit> covering = units.findActiveCovering(function, municipality.getId());
        if (covering.size() != 1) {
            throw new NoRouteException("error.routing.units-covering",
                    covering.size() + " active units of function " + function.code() + " cover comune " + comune
                            + (covering.isEmpty() ? "" : ": " + covering.stream().map(OrganizationalUnit::getCode).toList()),
                    covering.size(), function.code(), municipality.getName());
        }
        return new CandidateGroup(role, covering.get(0).getCode());
    }

    private Municipality municipality(IstatCode comune) {
        return municipalities.findByIstatCode(comune)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MUNICIPALITY, comune));
    }
}
