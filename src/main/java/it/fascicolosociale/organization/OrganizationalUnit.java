package it.fascicolosociale.organization;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A team that receives work: a front office, the social work service of an area, a ULSS district
 * service. It belongs to one managing body and serves the comuni of its coverage.
 */
@Entity
@Table(name = "organizational_unit")
public class OrganizationalUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String code;

    private String name;

    @Column(name = "managing_body_id")
    private Long managingBodyId;

    private UnitFunction function;

    @Column(name = "user_area_code")
    private UserArea userArea;

    private boolean active;

    @ElementCollection
    @CollectionTable(name = "unit_coverage", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "municipality_id")
    private Set<Long> coveredMunicipalityIds = new HashSet<>();

    @Version
    private long version;

    protected OrganizationalUnit() {
    }

    OrganizationalUnit(String code, UnitProfile profile) {
        this.code = code;
        this.active = true;
        describe(profile);
    }

    void describe(UnitProfile profile) {
        this.name = profile.name();
        this.managingBodyId = profile.managingBodyId();
        this.function = profile.function();
        this.userArea = profile.userArea();
        this.coveredMunicipalityIds = new HashSet<>(profile.coveredMunicipalityIds());
        this.active = profile.active();
    }

    public boolean covers(Long municipalityId) {
        return coveredMunicipalityIds.contains(municipalityId);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getManagingBodyId() {
        return managingBodyId;
    }

    public UnitFunction getFunction() {
        return function;
    }

    public UserArea getUserArea() {
        return userArea;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getCoveredMunicipalityIds() {
        return Set.copyOf(coveredMunicipalityIds);
    }

    public long getVersion() {
        return version;
    }
}
