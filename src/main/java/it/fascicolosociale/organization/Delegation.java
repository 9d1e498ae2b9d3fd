package it.fascicolosociale.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.Period;

/**
 * One row of the delegation table (matrice delle deleghe): who runs the services of a user area for
 * a comune, from one date to another. It drives both the routing of tasks and the attribution of costs.
 */
@Entity
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "user_area_code")
    private UserArea userArea;

    @Column(name = "managing_body_id")
    private Long managingBodyId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Delegation() {
    }

    Delegation(DelegationTerms terms) {
        revise(terms);
    }

    void revise(DelegationTerms terms) {
        this.municipalityId = terms.municipalityId();
        this.userArea = terms.userArea();
        this.managingBodyId = terms.managingBodyId();
        this.unitId = terms.unitId();
        this.validFrom = terms.period().from();
        this.validTo = terms.period().to();
    }

    public Period period() {
        return new Period(validFrom, validTo);
    }

    public DelegationTerms terms() {
        return new DelegationTerms(municipalityId, userArea, managingBodyId, unitId, period());
    }

    public Long getId() {
        return id;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public UserArea getUserArea() {
        return userArea;
    }

    public Long getManagingBodyId() {
        return managingBodyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
