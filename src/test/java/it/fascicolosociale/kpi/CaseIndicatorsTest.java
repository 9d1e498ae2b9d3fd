package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.row;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.cases.ClosureReason;

/**
 * Cases opened, closed and open per month, closures by reason and the caseload, on cases of Campodoro worked out by
 * hand for February and March 2026 (times in Italy):
 * <pre>
 * case manager      opened               closed                      reopened
 * C1 paolo.gallo    15/01 09:00          -
 * C2 paolo.gallo    01/02 00:00:00       -
 * C3 paolo.gallo    31/03 23:59:59       -
 * C4 paolo.gallo    01/04 00:00:00       -
 * C5 elena.conte    20/01 09:00          10/02 09:00 goals-achieved
 * C6 elena.conte    25/01 09:00          05/03 09:00 death           20/03 09:00
 * C7 elena.conte    03/02 09:00          01/04 00:00:00 withdrawal
 * C8 elena.conte    05/01 09:00          31/01 23:59:59 goals-achieved
 * </pre>
 * paolo.gallo works 0.83 of full time, elena.conte full time.
 */
@KpiDataTest
class CaseIndicatorsTest {

    static final String CAMPODORO = "028018";
    static final KpiFilter FEBRUARY_AND_MARCH = new KpiFilter(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), CAMPODORO,
            null, null);

    @Autowired
    Kpis kpis;

    @Autowired
    KpiDataset data;

    @Autowired
    JdbcClient jdbc;

    Long c1;

    Long c6;

    @BeforeEach
    void casesOfCampodoro() {
        c1 = opened("paolo.gallo", at(2026, 1, 15, 9, 0, 0));
        opened("paolo.gallo", at(2026, 2, 1, 0, 0, 0));
        opened("paolo.gallo", at(2026, 3, 31, 23, 59, 59));
        opened("paolo.gallo", at(2026, 4, 1, 0, 0, 0));
        data.close(opened("elena.conte", at(2026, 1, 20, 9, 0, 0)), ClosureReason.GOALS_ACHIEVED, at(2026, 2, 10, 9, 0, 0));
        c6 = opened("elena.conte", at(2026, 1, 25, 9, 0, 0));
        data.close(c6, ClosureReason.DEATH, at(2026, 3, 5, 9, 0, 0));
        data.reopen(c6, at(2026, 3, 20, 9, 0, 0));
        data.close(opened("elena.conte", at(2026, 2, 3, 9, 0, 0)), ClosureReason.WITHDRAWAL, at(2026, 4, 1, 0, 0, 0));
        data.close(opened("elena.conte", at(2026, 1, 5, 9, 0, 0)), ClosureReason.GOALS_ACHIEVED, at(2026, 1, 31, 23, 59, 59));
        data.flush();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    void countsCasesOpenedAndClosedPerMonthAndThoseOpenAtItsEnd() {
        KpiTable byMonth = kpis.compute(Indicator.CASES_BY_MONTH, FEBRUARY_AND_MARCH);

        // open on 1 February: C1, C5, C6 (C8 opened and closed in January) = 3
        // February: opened C2 (first instant) and C7 = 2, closed C5 = 1: open at the end 3 + 2 - 1 = 4
        // March: opened C3 (last second) and C6 again = 2, closed C6 = 1: open at the end 4 + 2 - 1 = 5;
        // C4 opened and C7 closed on 1 April do not count
        assertThat(byMonth.rowMaps()).extracting(row -> row.get("month") + " " + row.get("opened") + " " + row.get("closed")
                + " " + row.get("open_at_end")).containsExactly("2026-02 2 1 4", "2026-03 2 1 5");
    }

    @Test
    void countsTheClosuresOfThePeriodByReason() {
        KpiTable reasons = kpis.compute(Indicator.CLOSURE_REASONS, FEBRUARY_AND_MARCH);

        // C5 goals achieved (10/02), C6 death (05/03); C8 (31/01 23:59:59) and C7 (01/04 00:00) are outside
        assertThat(reasons.rowMaps()).extracting(row -> row.get("reason") + " " + row.get("closures"))
                .containsExactly("death 1", "goals-achieved 1");
    }

    @Test
    void dividesTheCasesOpenAtTheEndByEachCaseManagersWorkingTime() {
        KpiTable caseload = kpis.compute(Indicator.CASELOAD, FEBRUARY_AND_MARCH);

        // open on 31 March: paolo.gallo C1, C2, C3 = 3 at 0.83 = 3.614 = 3.61 per full time;
        // elena.conte C6 (reopened), C7 (closed only on 1 April) = 2 at 1.00 = 2.00
        assertThat(row(caseload, "case_manager", "paolo.gallo")).containsEntry("open_cases", 3L)
                .containsEntry("fte", new BigDecimal("0.83")).containsEntry("cases_per_fte", new BigDecimal("3.61"));
        assertThat(row(caseload, "case_manager", "elena.conte")).containsEntry("open_cases", 2L)
                .containsEntry("cases_per_fte", new BigDecimal("2.00"));
        assertThat(caseload.rows()).hasSize(2);
    }

    @Test
    void countsOnlyTheCasesOfTheComuneAndAreaAsked() {
        KpiTable otherArea = kpis.compute(Indicator.CASES_BY_MONTH, new KpiFilter(FEBRUARY_AND_MARCH.from(),
                FEBRUARY_AND_MARCH.to(), CAMPODORO, "disability", null));

        assertThat(otherArea.rowMaps()).extracting(row -> row.get("opened") + " " + row.get("open_at_end"))
                .containsExactly("0 0", "0 0");
        // the elderly area of Campodoro has been delegated to ULSS 6 since 1 January 2026: the same figures as without
        // the body; the ATS runs none of these cases
        KpiTable ulss = kpis.compute(Indicator.CASES_BY_MONTH, new KpiFilter(FEBRUARY_AND_MARCH.from(),
                FEBRUARY_AND_MARCH.to(), CAMPODORO, null, "ulss6"));
        assertThat(ulss.rowMaps()).extracting(row -> row.get("opened") + " " + row.get("open_at_end"))
                .containsExactly("2 4", "2 5");
        KpiTable ats = kpis.compute(Indicator.CASES_BY_MONTH, new KpiFilter(FEBRUARY_AND_MARCH.from(),
                FEBRUARY_AND_MARCH.to(), CAMPODORO, null, "ats-ven15"));
        assertThat(ats.rowMaps()).extracting(row -> row.get("opened") + " " + row.get("open_at_end"))
                .containsExactly("0 0", "0 0");
    }

    @Test
    void keepsTheCaseEventRollupEqualToTheEventsThroughEveryWrite() {
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();

        // C1 moved to another comune: one case fewer open in Campodoro
        jdbc.sql("update social_case set comune = '028032' where id = :id").param("id", c1).update();
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();
        assertThat(monthByMonth(FEBRUARY_AND_MARCH)).containsExactly("2026-02 2 1 3", "2026-03 2 1 4");

        // ULSS 6 in charge of the elderly of Campodoro only from 1 February: C2, C7 and C3 are its cases
        jdbc.sql("""
                update delegation set valid_from = date '2026-02-01'
                where municipality_id = (select id from municipality where istat_code = :comune) and user_area_code = 'elderly'
                  and managing_body_id = (select id from managing_body where code = 'ulss6')""")
                .param("comune", CAMPODORO).update();
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();
        assertThat(monthByMonth(new KpiFilter(FEBRUARY_AND_MARCH.from(), FEBRUARY_AND_MARCH.to(), CAMPODORO, null, "ulss6")))
                .containsExactly("2026-02 2 0 2", "2026-03 1 0 3");

        // C6's reopening removed: closed since 5 March
        jdbc.sql("delete from case_event where case_id = :id and kind = 'REOPENED'").param("id", c6).update();
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();
        assertThat(monthByMonth(FEBRUARY_AND_MARCH)).containsExactly("2026-02 2 1 3", "2026-03 1 1 3");
        assertThat(row(kpis.compute(Indicator.CASELOAD, FEBRUARY_AND_MARCH), "case_manager", "elena.conte"))
                .containsEntry("open_cases", 1L);

        // a reopening of C6 on 1 March recorded after its closure of 5 March: the events are ordered by time, so the
        // closure still ends the case's period of the reopening, and the case counts as the plain sum of deltas says
        jdbc.sql("""
                insert into case_event (case_id, position, kind, at, by_operator)
                select :id, max(position) + 1, 'REOPENED', timestamptz '2026-03-01 09:00:00+01', 'elena.conte'
                from case_event where case_id = :id""").param("id", c6).update();
        assertThat(monthByMonth(FEBRUARY_AND_MARCH)).containsExactly("2026-02 2 1 3", "2026-03 2 1 4");
        assertThat(row(kpis.compute(Indicator.CASELOAD, FEBRUARY_AND_MARCH), "case_manager", "elena.conte"))
                .containsEntry("open_cases", 2L);
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();

        // C6 handed to paolo.gallo: his caseload of today
        jdbc.sql("update social_case set case_manager = 'paolo.gallo' where id = :id").param("id", c6).update();
        assertThat(row(kpis.compute(Indicator.CASELOAD, FEBRUARY_AND_MARCH), "case_manager", "elena.conte"))
                .containsEntry("open_cases", 1L);
        assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();
    }

    private List<String> monthByMonth(KpiFilter filter) {
        return kpis.compute(Indicator.CASES_BY_MONTH, filter).rowMaps().stream()
                .map(row -> row.get("month") + " " + row.get("opened") + " " + row.get("closed") + " " + row.get("open_at_end"))
                .toList();
    }

    private Long opened(String caseManager, LocalDateTime at) {
        return data.openCase(data.person(CAMPODORO), CAMPODORO, "elderly", caseManager, at).getId();
    }
}
