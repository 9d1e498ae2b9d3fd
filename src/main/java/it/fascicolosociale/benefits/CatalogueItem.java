package it.fascicolosociale.benefits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.UserArea;

/**
 * An entry of the local service catalogue (nomenclatore): what the ATS grants, in which unit, and
 * how it is reported, to INPS by its Tabella 1 code and to ISTAT by survey service and macro-type.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    @Id
    private String code;

    @Column(name = "name_it")
    private String nameIt;

    /** Empty when the item serves several user areas. */
    @Column(name = "user_area_code")
    private UserArea userArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_of_measure")
    private UnitOfMeasure unitOfMeasure;

    @Column(name = "benefit_code")
    private String benefitCode;

    @Column(name = "istat_service_code")
    private String istatServiceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "macro_type")
    private MacroType macroType;

    private boolean active;

    @Version
    private long version;

    protected CatalogueItem() {
    }

    public String getCode() {
        return code;
    }

    public String getNameIt() {
        return nameIt;
    }

    public UserArea getUserArea() {
        return userArea;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    /** The Tabella 1 code (DM 206/2014) of the benefits granted from this item. */
    public String getBenefitCode() {
        return benefitCode;
    }

    /** The ISTAT survey service code, when known. */
    public String getIstatServiceCode() {
        return istatServiceCode;
    }

    public MacroType getMacroType() {
        return macroType;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
