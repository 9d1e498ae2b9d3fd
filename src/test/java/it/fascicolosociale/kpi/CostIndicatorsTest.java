package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.euro;
import static it.fascicolosociale.kpi.Figures.row;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.FIRST_QUARTER;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.GAZZO;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.GRANTORTO;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.VIGONZA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each comune bears for its residents under the delegation table, on the first quarter of 2026 of
 * {@link ServiceIndicatorsTest} (its table gives the benefits and deliveries). Populations are the 2021 figures of
 * the comuni table: Gazzo 4,267, Grantorto 4,519, Vigonza 22,940.
 */
@KpiDataTest
class CostIndicatorsTest {

    @Autowired
    Kpis kpis;

    @Autowired
    KpiDataset data;

    @BeforeEach
    void firstQuarterOf2026() {
        ServiceIndicatorsTest.build(data);
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    void chargesEachComuneTheBenefitsItPaysForNotThoseOfItsResidentsElsewhere() {
        KpiTable byComune = kpis.compute(Indicator.COST_BY_COMUNE, FIRST_QUARTER);

        // Gazzo: P1 only (P2 lives in Gazzo but Grantorto pays), 2 + 1 + 1 h = 80.00, body 48.00, user 32.00;
        // body per inhabitant 48.00 / 4,267 = 0.0112 = 0.01
        assertThat(row(byComune, "comune", GAZZO)).containsEntry("population", 4267L).containsEntry("persons", 1L)
                .containsEntry("total", euro("80.00")).containsEntry("body", euro("48.00")).containsEntry("user", euro("32.00"))
                .containsEntry("health_service", euro("0.00")).containsEntry("body_per_inhabitant", euro("0.01"));
        // Grantorto: P2, 3 h = 60.00, body 36.00, user 24.00; 36.00 / 4,519 = 0.0080 = 0.01
        assertThat(row(byComune, "comune", GRANTORTO)).containsEntry("persons", 1L).containsEntry("total", euro("60.00"))
                .containsEntry("body", euro("36.00")).containsEntry("body_per_inhabitant", euro("0.01"));
        // Vigonza: P3 ICDa 800.00 (all body), P4 2 h and P5 1 h = 60.00 (body 36.00, user 24.00):
        // total 860.00, body 836.00, user 24.00; persons 3; 836.00 / 22,940 = 0.0364 = 0.04
        assertThat(row(byComune, "comune", VIGONZA)).containsEntry("persons", 3L).containsEntry("total", euro("860.00"))
                .containsEntry("body", euro("836.00")).containsEntry("user", euro("24.00"))
                .containsEntry("body_per_inhabitant", euro("0.04"));
        // every comune of the ATS is listed, those without deliveries at zero
        assertThat(byComune.rows()).hasSize(28);
        assertThat(row(byComune, "comune", "028032")).containsEntry("persons", 0L).containsEntry("body", euro("0.00"))
                .containsEntry("body_per_inhabitant", euro("0.00"));
    }

    @Test
    void splitsEachComunesCostByTheManagingBodyInCharge() {
        KpiTable byBody = kpis.compute(Indicator.COMUNE_COST_BY_BODY, FIRST_QUARTER);

        // Gazzo and Grantorto: elderly, run by ULSS 6; Vigonza: poverty kept by the comune (800.00 / 22,940 = 0.0349),
        // disability run by the ATS (36.00 / 22,940 = 0.0016)
        assertThat(byBody.rowMaps()).extracting(row -> row.get("comune") + " " + row.get("managing_body") + " "
                        + row.get("persons") + " " + row.get("body") + " " + row.get("body_per_inhabitant"))
                .containsExactly(GAZZO + " ulss6 1 48.00 0.01", GRANTORTO + " ulss6 1 36.00 0.01",
                        VIGONZA + " comune-" + VIGONZA + " 1 800.00 0.03", VIGONZA + " ats-ven15 2 36.00 0.00");
    }

    @Test
    void keepsOnlyTheCostOfTheManagingBodyAsked() {
        KpiTable ulss = kpis.compute(Indicator.COST_BY_COMUNE, new KpiFilter(FIRST_QUARTER.from(), FIRST_QUARTER.to(), null, null,
                "ulss6"));

        // ULSS 6 runs the elderly area: Gazzo 80.00 and Grantorto 60.00; nothing of Vigonza's
        assertThat(row(ulss, "comune", GAZZO)).containsEntry("total", euro("80.00"));
        assertThat(row(ulss, "comune", GRANTORTO)).containsEntry("total", euro("60.00"));
        assertThat(row(ulss, "comune", VIGONZA)).containsEntry("persons", 0L).containsEntry("total", euro("0.00"));
        // one comune asked: its row only
        KpiTable vigonza = kpis.compute(Indicator.COST_BY_COMUNE, FIRST_QUARTER.forComune(VIGONZA));
        assertThat(vigonza.rows()).hasSize(1);
        assertThat(row(vigonza, "comune", VIGONZA)).containsEntry("body", euro("836.00"));
    }

    @Test
    void suppressesFewerThanThreePersonsAndTheirAmountsInTheExport() {
        KpiTable exported = kpis.export(KpiAudience.manager("roberto.marchi"), Indicator.COST_BY_COMUNE, FIRST_QUARTER);

        // Gazzo and Grantorto serve one person each: the count and every amount of the row become "<3", the
        // population stays; Vigonza's 3 persons and the comuni with none are shown
        assertThat(exported.suppressed()).isTrue();
        assertThat(row(exported, "comune", GAZZO)).containsEntry("population", 4267L).containsEntry("persons", "<3")
                .containsEntry("total", "<3").containsEntry("body", "<3").containsEntry("user", "<3")
                .containsEntry("health_service", "<3").containsEntry("body_per_inhabitant", "<3");
        assertThat(row(exported, "comune", GRANTORTO)).containsEntry("persons", "<3").containsEntry("body", "<3");
        assertThat(row(exported, "comune", VIGONZA)).containsEntry("persons", 3L).containsEntry("body", euro("836.00"));
        assertThat(row(exported, "comune", "028032")).containsEntry("persons", 0L);
        // split by body, Vigonza's 3 persons are 1 (the comune's service) and 2 (the ATS): both suppressed
        KpiTable byBody = kpis.export(KpiAudience.manager("roberto.marchi"), Indicator.COMUNE_COST_BY_BODY, FIRST_QUARTER);
        assertThat(Figures.rows(byBody, "comune", VIGONZA)).extracting(row -> row.get("persons") + " " + row.get("body"))
                .containsExactly("<3 <3", "<3 <3");
        // the managers' dashboard shows the figures as computed
        assertThat(kpis.read(KpiAudience.manager("roberto.marchi"), Indicator.COST_BY_COMUNE, FIRST_QUARTER).suppressed()).isFalse();
    }
}
