package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.row;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intake;
import it.fascicolosociale.intake.InterviewOutcome;

/**
 * Accessi, their outcomes and lead times, on accessi of Piazzola sul Brenta worked out by hand for March 2026
 * (times in Italy; summer time begins on 29 March, so every lead below is measured on one side of it):
 * <pre>
 * accesso person registered        first interview       then
 * I1      P1     01/03 00:00:00    03/03 00:00:00 info   (2 days)
 * I2      P2     10/03 09:00       17/03 09:00 proposal  accepted, case opened 20/03 09:00 (7 days; case 10 days)
 * I3      P3     31/03 23:59:59    10/04 23:59:59 prop.  rejected 12/04 (10 days)
 * I4      P1     20/03 09:00       27/03 09:00 info      (7 days)
 * I5      P4     25/03 09:00       -                     still registered
 * I6      P5     28/02 23:59:59    -                     outside the period
 * I7      P5     01/04 00:00:00    -                     outside the period
 * </pre>
 */
@KpiDataTest
class IntakeIndicatorsTest {

    static final String PIAZZOLA = "028063";
    static final KpiFilter MARCH = new KpiFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, null);
    static final KpiFilter MARCH_IN_PIAZZOLA = MARCH.forComune(PIAZZOLA);

    @Autowired
    Kpis kpis;

    @Autowired
    KpiDataset data;

    @Autowired
    JdbcClient jdbc;

    Intake i2;

    SocialCase opened;

    @BeforeEach
    void accessiOfPiazzola() {
        Long p1 = data.person(PIAZZOLA);
        data.interview(intake(p1, at(2026, 3, 1, 0, 0, 0)), InterviewOutcome.INFORMATION, at(2026, 3, 3, 0, 0, 0));
        Long p2 = data.person(PIAZZOLA);
        i2 = data.interview(data.intake(p2, PIAZZOLA, "disability", at(2026, 3, 10, 9, 0, 0)), InterviewOutcome.CASE_PROPOSAL, at(2026, 3, 17, 9, 0, 0));
        opened = data.openCase(p2, PIAZZOLA, "disability", "elena.conte", at(2026, 3, 20, 9, 0, 0), i2.getId());
        data.accept(i2, opened, at(2026, 3, 20, 9, 0, 0));
        Intake i3 = data.interview(intake(data.person(PIAZZOLA), at(2026, 3, 31, 23, 59, 59)), InterviewOutcome.CASE_PROPOSAL,
                at(2026, 4, 10, 23, 59, 59));
        data.reject(i3, at(2026, 4, 12, 9, 0, 0));
        data.interview(intake(p1, at(2026, 3, 20, 9, 0, 0)), InterviewOutcome.INFORMATION, at(2026, 3, 27, 9, 0, 0));
        intake(data.person(PIAZZOLA), at(2026, 3, 25, 9, 0, 0));
        Long p5 = data.person(PIAZZOLA);
        intake(p5, at(2026, 2, 28, 23, 59, 59));
        intake(p5, at(2026, 4, 1, 0, 0, 0));
        data.flush();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    void countsTheAccessiRegisteredInThePeriodByOutcome() {
        KpiTable outcomes = kpis.compute(Indicator.INTAKE_OUTCOMES, MARCH_IN_PIAZZOLA);

        // informed: I1 and I4, both P1's = 2 accessi, 1 person; accepted I2; rejected I3 (registered on the last
        // second of March, decided in April); still registered I5; I6 and I7 are outside
        assertThat(outcomes.rowMaps()).extracting(row -> row.get("outcome") + " " + row.get("intakes") + " " + row.get("persons"))
                .containsExactly("INFORMED 2 1", "REFERRED 0 0", "PROPOSED 0 0", "ACCEPTED 1 1", "REJECTED 1 1", "REGISTERED 1 1");
    }

    @Test
    void measuresTheLeadTimesOfTheAccessiOfThePeriod() {
        KpiTable leads = kpis.compute(Indicator.LEAD_TIMES, MARCH_IN_PIAZZOLA);

        // to the first interview: I1 2, I2 7, I3 10, I4 7 days; sorted 2, 7, 7, 10: median (7 + 7) / 2 = 7.0;
        // p90 at rank 0.9 x 3 = 2.7: 7 + 0.7 x (10 - 7) = 9.1
        assertThat(row(leads, "step", "first-contact")).containsEntry("measured", 4L)
                .containsEntry("median_days", new BigDecimal("7.0")).containsEntry("p90_days", new BigDecimal("9.1"));
        // to the presa in carico: I2 only, 10/03 09:00 to 20/03 09:00 = 10.0
        assertThat(row(leads, "step", "case-opened")).containsEntry("measured", 1L)
                .containsEntry("median_days", new BigDecimal("10.0")).containsEntry("p90_days", new BigDecimal("10.0"));
        // no case process ran and no PAI was approved: nothing measured, no figure
        assertThat(row(leads, "step", "case-first-interview")).containsEntry("measured", 0L).containsEntry("median_days", null);
        assertThat(row(leads, "step", "plan-approved")).containsEntry("measured", 0L).containsEntry("median_days", null);
    }

    @Test
    void measuresTheTimeToFirstContactPerComune() {
        KpiTable firstContact = kpis.compute(Indicator.FIRST_CONTACT, MARCH);

        // Piazzola: I1 to I5 = 5 accessi of P1 to P4 = 4 persons; median and p90 of 2, 7, 7, 10 days as above
        assertThat(row(firstContact, "comune", PIAZZOLA)).containsEntry("intakes", 5L).containsEntry("persons", 4L)
                .containsEntry("median_days", new BigDecimal("7.0")).containsEntry("p90_days", new BigDecimal("9.1"));
        assertThat(firstContact.rows()).hasSize(28);
        // one comune asked: its row alone
        assertThat(kpis.compute(Indicator.FIRST_CONTACT, MARCH_IN_PIAZZOLA).rows()).hasSize(1);
    }

    @Test
    void countsTheAccessiOfTheAreaAndBodyAsked() {
        // I2 was registered in the disability area, the others in the elderly area (ULSS 6)
        KpiTable disability = kpis.compute(Indicator.INTAKE_OUTCOMES, new KpiFilter(MARCH.from(), MARCH.to(), PIAZZOLA,
                "disability", null));
        assertThat(row(disability, "outcome", "ACCEPTED")).containsEntry("intakes", 1L);
        assertThat(row(disability, "outcome", "INFORMED")).containsEntry("intakes", 0L);
        KpiTable ulss = kpis.compute(Indicator.INTAKE_OUTCOMES, new KpiFilter(MARCH.from(), MARCH.to(), PIAZZOLA, null, "ulss6"));
        assertThat(ulss.rowMaps()).extracting(row -> row.get("intakes"))
                .containsExactly(2L, 0L, 0L, 0L, 1L, 1L);
    }

    @Test
    void keepsTheLeadRollupEqualToTheAccessiThroughEveryWrite() {
        assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();

        // I2's case opened a day later: 11 days
        jdbc.sql("update social_case set opened_at = opened_at + interval '1 day' where id = :id").param("id", opened.getId()).update();
        assertThat(lead("case-opened")).containsEntry("median_days", new BigDecimal("11.0"));

        // its presa in carico in the engine's history: the case manager's first interview ends 14 days after the
        // accesso (the history's local time), the process and the activity written in either order
        LocalDateTime interviewEnd = LocalDateTime.ofInstant(i2.getRegisteredAt().plus(Duration.ofDays(14)),
                ZoneId.systemDefault());
        jdbc.sql("""
                insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_type_,
                                            start_time_, end_time_)
                values ('kpi-lead-act', 'social-case', 'social-case:1', 'kpi-lead-proc', 'kpi-lead-proc', 'first-interview',
                        'userTask', :end, :end)""").param("end", interviewEnd).update();
        jdbc.sql("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_)
                values ('kpi-lead-proc', 'kpi-lead-proc', :key, 'social-case', 'social-case:1', :end)""")
                .param("key", "case-" + opened.getId()).param("end", interviewEnd).update();
        assertThat(lead("case-first-interview")).containsEntry("measured", 1L).containsEntry("median_days", new BigDecimal("14.0"));
        assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();

        // its PAI approved 30 days after the accesso
        jdbc.sql("""
                insert into care_plan (case_id, revision, status, summary, drafted_by, drafted_at, decided_by, decided_at)
                values (:case, 1, 'APPROVED', 'Piano.', 'elena.conte', :at, 'giorgio.moretti', :at)""")
                .param("case", opened.getId()).param("at", i2.getRegisteredAt().plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC)).update();
        assertThat(lead("plan-approved")).containsEntry("measured", 1L).containsEntry("median_days", new BigDecimal("30.0"));
        assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();

        // the history cleaned up (activity first) and the PAI removed: nothing measured again
        jdbc.sql("delete from act_hi_actinst where id_ = 'kpi-lead-act'").update();
        jdbc.sql("delete from act_hi_procinst where id_ = 'kpi-lead-proc'").update();
        jdbc.sql("delete from care_plan where case_id = :case").param("case", opened.getId()).update();
        assertThat(lead("case-first-interview")).containsEntry("measured", 0L);
        assertThat(lead("plan-approved")).containsEntry("measured", 0L);
        assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();

        // I4 moved to another comune, the elderly area of Piazzola delegated to nobody: I1 and I3 remain, no body
        jdbc.sql("update intake set comune = '028032' where registered_at = :at").param("at", at(2026, 3, 20, 9, 0, 0)
                .atZone(KpiFilter.ZONE).toOffsetDateTime()).update();
        jdbc.sql("""
                delete from delegation where municipality_id = (select id from municipality where istat_code = :comune)
                  and user_area_code = 'elderly'""").param("comune", PIAZZOLA).update();
        assertThat(lead("first-contact")).containsEntry("measured", 3L).containsEntry("median_days", new BigDecimal("7.0"));
        assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();
    }

    private Map<String, Object> lead(String step) {
        return row(kpis.compute(Indicator.LEAD_TIMES, MARCH_IN_PIAZZOLA), "step", step);
    }

    private Intake intake(Long personId, LocalDateTime at) {
        return data.intake(personId, PIAZZOLA, "elderly", at);
    }
}
