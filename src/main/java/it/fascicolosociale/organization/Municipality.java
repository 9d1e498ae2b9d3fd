package it.fascicolosociale.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A comune of the social district, known by its ISTAT code. */
@Entity
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "istat_code", updatable = false)
    private IstatCode istatCode;

    private String name;

    @Column(name = "cadastral_code")
    private CadastralCode cadastralCode;

    private int population;

    @Column(name = "population_year")
    private int populationYear;

    @Column(name = "social_district_id", updatable = false)
    private Long socialDistrictId;

    @Column(name = "health_district_id")
    private Long healthDistrictId;

    @Version
    private long version;

    protected Municipality() {
    }

    Municipality(IstatCode istatCode, MunicipalityRegistry registry, Long socialDistrictId, Long healthDistrictId) {
        this.istatCode = istatCode;
        this.socialDistrictId = socialDistrictId;
        this.healthDistrictId = healthDistrictId;
        record(registry);
    }

    /** Records new registry data: name, cadastral code, resident population and its year. */
    void record(MunicipalityRegistry registry) {
        this.name = registry.name();
        this.cadastralCode = registry.cadastralCode();
        this.population = registry.population();
        this.populationYear = registry.populationYear();
    }

    public Long getId() {
        return id;
    }

    public IstatCode getIstatCode() {
        return istatCode;
    }

    public String getName() {
        return name;
    }

    public CadastralCode getCadastralCode() {
        return cadastralCode;
    }

    public int getPopulation() {
        return population;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public Long getHealthDistrictId() {
        return healthDistrictId;
    }

    public long getVersion() {
        return version;
    }
}
