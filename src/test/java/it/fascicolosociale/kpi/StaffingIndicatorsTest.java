package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;
import it.fascicolosociale.organization.Units;

/**
 * Social workers per 5,000 inhabitants on 31 December 2025, the day before the demo organization's roles begin, so
 * that only the operators registered here count (each full time):
 * <pre>
 * operator  posts in force on 31/12/2025
 * A         social worker, front office of Campodoro (serves Campodoro)
 * B         social worker, front office of Gazzo, and social services of the Comune di Vigonza: half each
 * C         social worker at the front office of Grantorto until 30/06/2025, and an educator there: nothing
 * </pre>
 * Populations: Campodoro 2,588, Gazzo 4,267, Grantorto 4,519, Vigonza 22,940, the ATS 256,664.
 */
@KpiDataTest
class StaffingIndicatorsTest {

    static final KpiFilter YEAR_2025 = KpiFilter.year(2025);

    @Autowired
    Kpis kpis;

    @Autowired
    Operators operators;

    @Autowired
    Units units;

    @Autowired
    KpiDataset data;

    @BeforeEach
    void socialWorkersOf2025() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        register("prova.assistente.a", new RoleAssignment(Role.SOCIAL_WORKER, unit("segretariato-028018"), from, null));
        register("prova.assistente.b", new RoleAssignment(Role.SOCIAL_WORKER, unit("segretariato-028041"), from, null),
                new RoleAssignment(Role.SOCIAL_WORKER, unit("servizi-sociali-028100"), from, null));
        register("prova.assistente.c", new RoleAssignment(Role.SOCIAL_WORKER, unit("segretariato-028042"), from,
                LocalDate.of(2025, 6, 30)), new RoleAssignment(Role.EDUCATOR, unit("segretariato-028042"), from, null));
        data.flush();
    }

    @Test
    void countsTheFullTimeEquivalentsOfEachComunePerFiveThousandInhabitants() {
        KpiTable staffing = kpis.compute(Indicator.SOCIAL_WORKERS, YEAR_2025);

        // Campodoro: A, 1.00; 1.00 x 5,000 / 2,588 = 1.932 = 1.93; 2,588 inhabitants per social worker: both levels met
        assertThat(row(staffing, "comune", "028018")).containsEntry("fte", ratio("1.00")).containsEntry("fte_per_5000", ratio("1.93"))
                .containsEntry("inhabitants_per_fte", ratio("2588.00")).containsEntry("level_met", true)
                .containsEntry("target_met", true);
        // Gazzo: half of B, 0.50 x 5,000 / 4,267 = 0.586 = 0.59; 4,267 / 0.50 = 8,534 inhabitants each: neither met
        assertThat(row(staffing, "comune", "028041")).containsEntry("fte", ratio("0.50")).containsEntry("fte_per_5000", ratio("0.59"))
                .containsEntry("inhabitants_per_fte", ratio("8534.00")).containsEntry("level_met", false)
                .containsEntry("target_met", false);
        // Vigonza: the other half of B, 0.50 x 5,000 / 22,940 = 0.109 = 0.11; 45,880 inhabitants each
        assertThat(row(staffing, "comune", "028100")).containsEntry("fte", ratio("0.50")).containsEntry("fte_per_5000", ratio("0.11"))
                .containsEntry("inhabitants_per_fte", ratio("45880.00"));
        // Grantorto: C's post had ended and an educator is no social worker: none, and no inhabitants per worker
        assertThat(row(staffing, "comune", "028042")).containsEntry("fte", ratio("0.00")).containsEntry("fte_per_5000", ratio("0.00"))
                .containsEntry("inhabitants_per_fte", null).containsEntry("level_met", false);
    }

    @Test
    void addsTheWholeAtsAfterItsComuni() {
        KpiTable staffing = kpis.compute(Indicator.SOCIAL_WORKERS, YEAR_2025);

        // 28 comuni, then the ATS: 2.00 x 5,000 / 256,664 = 0.039 = 0.04; 256,664 / 2.00 = 128,332 inhabitants each
        assertThat(staffing.rows()).hasSize(29);
        assertThat(staffing.rows().get(28)).containsExactly("VEN_15", "Ambito Territoriale Sociale VEN_15 Alta Padovana",
                256664L, ratio("2.00"), ratio("0.04"), ratio("128332.00"), false, false);
        // one comune asked: its row alone, without the ATS
        assertThat(kpis.compute(Indicator.SOCIAL_WORKERS, YEAR_2025.forComune("028018")).rows()).hasSize(1);
    }

    @Test
    void countsOnlyThePostsOfTheManagingBodyAsked() {
        KpiTable comuneOfVigonza = kpis.compute(Indicator.SOCIAL_WORKERS,
                new KpiFilter(YEAR_2025.from(), YEAR_2025.to(), null, null, "comune-028100"));

        // only B's post in Vigonza's own social services: 0.50 in Vigonza, nothing in Gazzo or Campodoro
        assertThat(row(comuneOfVigonza, "comune", "028100")).containsEntry("fte", ratio("0.50"));
        assertThat(row(comuneOfVigonza, "comune", "028041")).containsEntry("fte", ratio("0.00"));
        assertThat(row(comuneOfVigonza, "comune", "028018")).containsEntry("fte", ratio("0.00"));
    }

    private void register(String username, RoleAssignment... posts) {
        operators.register(username, new OperatorProfile("Prova", "Assistente", username + "@prova.invalid", true),
                "Tre-Nuvole-Verdi-Sul-Brenta-2025", List.of(posts));
    }

    private Long unit(String code) {
        return units.get(code).getId();
    }

    private static BigDecimal ratio(String value) {
        return new BigDecimal(value);
    }
}
