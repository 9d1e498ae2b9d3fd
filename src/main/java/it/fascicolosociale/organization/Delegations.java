package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/**
 * The delegation table: for each comune and user area, which managing body and unit are in charge,
 * period by period. Periods of one comune and area never overlap (checked here, and by an exclusion
 * constraint in the database).
 */
@Service
@Transactional
public class Delegations {

    private final DelegationRepository delegations;
    private final MunicipalityRepository municipalities;
    private final UnitRepository units;
    private final ManagingBodyRepository managingBodies;

    Delegations(DelegationRepository delegations, MunicipalityRepository municipalities, UnitRepository units,
                ManagingBodyRepository managingBodies) {
        this.delegations = delegations;
        this.municipalities = municipalities;
        this.units = units;
        this.managingBodies = managingBodies;
    }

    @Transactional(readOnly = true)
    public List<Delegation> all() {
        return delegations.findAllByOrderByMunicipalityIdAscUserAreaAscValidFromAsc();
    }

    @Transactional(readOnly = true)
    public List<Delegation> inForceOn(LocalDate day) {
        return delegations.findAllInForce(day);
    }

    /** The matrice delle deleghe on a day: every comune, with the unit in charge of each user area or none. */
    @Transactional(readOnly = true)
    public DelegationMatrix matrixOn(LocalDate day) {
        return DelegationMatrix.of(day, municipalities.findAllByOrderByNameAsc(), delegations.findAllInForce(day),
                units.findAll().stream().collect(Collectors.toMap(OrganizationalUnit::getId, OrganizationalUnit::getName)));
    }

    @Transactional(readOnly = true)
    public Delegation get(Long id) {
        return delegations.findById(id)
                .orElseThrow(() -> new NotFoundException("error.delegation.not-found", "no delegation " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Delegation> inForce(Long municipalityId, UserArea area, LocalDate day) {
        return delegations.findInForce(municipalityId, area, day);
    }

    public Delegation register(DelegationTerms terms) {
        requireConsistent(terms, null);
        return delegations.save(new Delegation(terms));
    }

    public Delegation revise(Long id, long expectedVersion, DelegationTerms terms) {
        Delegation delegation = get(id);
        StaleEditException.requireVersion("delegation", id, expectedVersion, delegation.getVersion());
        requireConsistent(terms, id);
        delegation.revise(terms);
        return delegations.saveAndFlush(delegation);
    }

    private void requireConsistent(DelegationTerms terms, Long ownId) {
        Municipality municipality = municipalities.findById(terms.municipalityId())
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MUNICIPALITY, terms.municipalityId()));
        managingBodies.findById(terms.managingBodyId())
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MANAGING_BODY, terms.managingBodyId()));
        OrganizationalUnit unit = units.findById(terms.unitId())
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.UNIT, terms.unitId()));
        if (!unit.getManagingBodyId().equals(terms.managingBodyId())) {
            throw new RuleViolation("error.delegation.unit-of-other-body",
                    "unit " + unit.getCode() + " does not belong to managing body " + terms.managingBodyId(), unit.getName());
        }
        delegations.findByMunicipalityIdAndUserAreaOrderByValidFrom(terms.municipalityId(), terms.userArea()).stream()
                .filter(other -> !other.getId().equals(ownId))
                .filter(other -> other.period().overlaps(terms.period()))
                .findFirst()
                .ifPresent(other -> {
                    throw new OverlappingDelegationException(municipality.getIstatCode(), terms.userArea(), other.period());
                });
    }
}
