package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.Period;

/** Test fixture: changes of the demo delegation table as an administrator would make them. */
@Component
public class DelegationChanges {

    public static final IstatCode CAMPOSAMPIERO = new IstatCode("028019");

    private final Units units;
    private final Municipalities municipalities;
    private final Delegations delegations;

    DelegationChanges(Units units, Municipalities municipalities, Delegations delegations) {
        this.units = units;
        this.municipalities = municipalities;
        this.delegations = delegations;
    }

    /**
     * From 1 January 2027 Camposampiero takes its elderly area back from the ULSS and gives it to a new
     * ATS unit {@code ssp-anziani}: the ULSS delegation ends on 31 December 2026.
     */
    public OrganizationalUnit camposampieroMovesElderlyToTheAtsIn2027() {
        Long camposampiero = municipalities.get(CAMPOSAMPIERO).getId();
        OrganizationalUnit atsElderly = units.register("ssp-anziani", new UnitProfile("Servizio sociale anziani ATS",
                units.get("ssp-minori").getManagingBodyId(), UnitFunction.SOCIAL_WORK, UserArea.ELDERLY,
                Set.of(camposampiero), true));
        Delegation current = delegations.inForce(camposampiero, UserArea.ELDERLY, LocalDate.of(2026, 6, 1)).orElseThrow();
        DelegationTerms terms = current.terms();
        delegations.revise(current.getId(), current.getVersion(), new DelegationTerms(camposampiero, UserArea.ELDERLY,
                terms.managingBodyId(), terms.unitId(), new Period(terms.period().from(), LocalDate.of(2026, 12, 31))));
        delegations.register(new DelegationTerms(camposampiero, UserArea.ELDERLY, atsElderly.getManagingBodyId(),
                atsElderly.getId(), Period.from(LocalDate.of(2027, 1, 1))));
        return atsElderly;
    }
}
