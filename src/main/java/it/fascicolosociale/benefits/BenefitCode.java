package it.fascicolosociale.benefits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A SIUSS benefit code of Tabella 1 of DM 206/2014 (e.g. A2.07, assistenza domiciliare
 * socio-assistenziale): the {@code CodicePrestazione} of the PS/PSA flow. Reference data, read only.
 */
@Entity
@Immutable
@Table(name = "benefit_code")
public class BenefitCode {

    @Id
    private String code;

    /** A1 cash contributions, A2 services and concessions, A3 facilities, Z9 other. */
    private String section;

    @Column(name = "title_it")
    private String titleIt;

    protected BenefitCode() {
    }

    public String getCode() {
        return code;
    }

    public String getSection() {
        return section;
    }

    public String getTitleIt() {
        return titleIt;
    }
}
