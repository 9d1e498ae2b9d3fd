package it.fascicolosociale.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** Every indicator's SQL runs with every filter on PostgreSQL and gives rows shaped as its columns. */
@IntegrationTest
@Transactional
class IndicatorQueriesTest {

    @Autowired
    Kpis kpis;

    @ParameterizedTest
    @EnumSource(Indicator.class)
    void runsWithoutFilters(Indicator indicator) {
        KpiTable table = kpis.compute(indicator, KpiFilter.year(2026));
        assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSize(indicator.columns().size()));
    }

    @ParameterizedTest
    @EnumSource(Indicator.class)
    void runsWithEveryFilter(Indicator indicator) {
        KpiFilter filter = new KpiFilter(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 10), "028032", "elderly", "ulss6");
        KpiTable table = kpis.compute(indicator, filter);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSize(indicator.columns().size()));
    }
}
