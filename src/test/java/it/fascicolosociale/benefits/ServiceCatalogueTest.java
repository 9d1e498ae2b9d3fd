package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

@IntegrationTest
@Transactional
class ServiceCatalogueTest {

    private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void offersAnAreaItsOwnItemsAndThoseOfEveryArea() {
        assertThat(catalogue.itemsFor(UserArea.DISABILITY)).extracting(CatalogueItem::getCode)
                .contains("disability-day-centre-days", "icd-p", "icd-f", "home-care-hours", "home-meals")
                .doesNotContain("foster-care-monthly-contribution", "home-education-hours");
        assertThat(catalogue.itemsFor(UserArea.FAMILY_MINORS)).extracting(CatalogueItem::getCode)
                .contains("foster-care-monthly-contribution", "home-education-hours")
                .doesNotContain("disability-day-centre-days");
    }

    @Test
    void findsAnItemByCodeWithItsUnitAndCodes() {
        CatalogueItem sad = catalogue.item("home-care-hours");

        assertThat(sad.getUnitOfMeasure()).isEqualTo(UnitOfMeasure.HOUR);
        assertThat(sad.getBenefitCode()).isEqualTo("A2.07");
        assertThat(sad.getIstatServiceCode()).isEqualTo("HOMECARE");
        assertThat(sad.getMacroType()).isEqualTo(MacroType.INTERVENTION_SERVICE);
        assertThat(catalogue.benefitCode(sad.getBenefitCode()).getTitleIt())
                .isEqualTo("Assistenza domiciliare socio-assistenziale");
    }

    @Test
    void refusesAnUnknownItemCode() {
        assertThatThrownBy(() -> catalogue.item("home-care"))
                .isInstanceOf(NotFoundException.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo("error.catalogue.unknown-item");
    }

    @Test
    void givesTheTariffInForceOnADay() {
        assertThat(catalogue.tariffInForce("home-care-hours", LocalDate.of(2025, 6, 30)).terms().unitTariff())
                .isEqualByComparingTo("19.00");
        assertThat(catalogue.tariffInForce("home-care-hours", LocalDate.of(2026, 6, 30)).terms().unitTariff())
                .isEqualByComparingTo("20.00");
    }

    @Test
    void aNewTariffEndsTheOpenOneOnTheDayBefore() {
        catalogue.introduceTariff("home-care-hours", TariffTerms.byIseeBands(Period.from(NEW_YEAR_2027),
                new BigDecimal("21.00"), new BigDecimal("3500.00"), List.of(TariffBand.above(new BigDecimal("90")))));

        assertThat(catalogue.tariffInForce("home-care-hours", LocalDate.of(2026, 12, 31)).period())
                .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(catalogue.tariffInForce("home-care-hours", NEW_YEAR_2027).terms().unitTariff())
                .isEqualByComparingTo("21.00");
        assertThat(catalogue.tariffsOf("home-care-hours")).hasSize(3);
    }

    @Test
    void refusesATariffOverlappingAClosedOne() {
        TariffTerms midway = TariffTerms.free(Period.from(LocalDate.of(2025, 7, 1)), new BigDecimal("19.50"));

        assertThatThrownBy(() -> catalogue.introduceTariff("home-care-hours", midway))
                .isInstanceOf(RuleViolation.class)
                .extracting(error -> ((RuleViolation) error).messageCode()).isEqualTo("error.tariff.overlap");
    }

    @Test
    void theDatabaseRefusesOverlappingTariffsOfOneItem() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into tariff (catalogue_item_code, valid_from, valid_to, unit_tariff, co_payment_model)
                        values ('home-care-hours', date '2026-12-01', date '2027-01-31', 20.00, 'NONE')""")
                .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
