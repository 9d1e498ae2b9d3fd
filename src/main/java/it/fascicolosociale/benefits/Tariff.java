package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.platform.Period;

/**
 * The tariff of a catalogue item for a period, as the ente's tariff table sets it (the Giunta updates
 * it yearly). The periods of one item's tariffs never overlap (checked by {@link ServiceCatalogue}, and
 * by an exclusion constraint in the database).
 */
@Entity
@Table(name = "tariff")
public class Tariff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalogue_item_code", updatable = false)
    private String catalogueItemCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "unit_tariff")
    private BigDecimal unitTariff;

    @Enumerated(EnumType.STRING)
    @Column(name = "co_payment_model")
    private CoPaymentModel coPaymentModel;

    @Column(name = "exemption_threshold")
    private BigDecimal exemptionThreshold;

    // few rows, and always needed with the tariff
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_band", joinColumns = @JoinColumn(name = "tariff_id"))
    private List<TariffBand> bands = new ArrayList<>();

    @Version
    private long version;

    protected Tariff() {
    }

    Tariff(String catalogueItemCode, TariffTerms terms) {
        this.catalogueItemCode = catalogueItemCode;
        this.validFrom = terms.period().from();
        this.validTo = terms.period().to();
        this.unitTariff = terms.unitTariff();
        this.coPaymentModel = terms.coPaymentModel();
        this.exemptionThreshold = terms.exemptionThreshold();
        this.bands = new ArrayList<>(terms.bands());
    }

    /** Ends this tariff on its last day, when a new tariff of the item takes over the next day. */
    void endOn(LocalDate lastDay) {
        this.validTo = new Period(validFrom, lastDay).to();
    }

    public TariffTerms terms() {
        return new TariffTerms(period(), unitTariff, coPaymentModel, exemptionThreshold, bands);
    }

    public Period period() {
        return new Period(validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public String getCatalogueItemCode() {
        return catalogueItemCode;
    }

    public long getVersion() {
        return version;
    }
}
