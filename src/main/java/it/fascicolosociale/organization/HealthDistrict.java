package it.fascicolosociale.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district of a health authority (here Distretto 4 Alta Padovana), where the UVMD sits. */
@Entity
@Table(name = "health_district")
public class HealthDistrict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "health_authority_id")
    private Long healthAuthorityId;

    private String code;

    private String name;

    @Version
    private long version;

    protected HealthDistrict() {
    }

    public Long getId() {
        return id;
    }

    public Long getHealthAuthorityId() {
        return healthAuthorityId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
