package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.euro;
import static it.fascicolosociale.kpi.Figures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.benefits.Benefit;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;

/**
 * Benefits granted and deliveries per catalogue item, user area and managing body, on a dataset worked out by
 * hand for the first quarter of 2026 (delegation table of the demo: elderly to ULSS 6, poverty kept by Vigonza,
 * disability to the ATS). Home care costs 20.00 an hour, 12.00 to the body and 8.00 to the user at the dataset's
 * ISEE; an ICDa month is 800.00, all to the body.
 * <pre>
 * benefit person (residence, case comune, area)     decided           deliveries
 * B1      P1 (Gazzo, Gazzo, elderly) home care      01/01 00:00:00    01/01 2 h, 31/03 1 h, 01/04 5 h
 * B2      P1 same, a second home-care benefit       01/02 10:00       15/02 1 h
 * B3      P2 (Gazzo, Grantorto, elderly) home care  10/01 09:00       10/02 3 h
 * B4      P3 (Vigonza, Vigonza, poverty) ICDa       15/01 09:00       01/02 1 month
 * B5      P4 (Vigonza, Vigonza, disability) home c. 20/02 09:00       01/03 2 h
 * B6      P5 (Vigonza, Vigonza, disability) home c. 31/03 23:59:59    31/03 1 h
 * B7      P6 (Gazzo, Gazzo, elderly) home care      01/04 00:00:00    none
 * </pre>
 */
@KpiDataTest
class ServiceIndicatorsTest {

    static final String GAZZO = "028041";
    static final String GRANTORTO = "028042";
    static final String VIGONZA = "028100";
    static final KpiFilter FIRST_QUARTER = new KpiFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null, null);

    @Autowired
    Kpis kpis;

    @Autowired
    KpiDataset data;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void firstQuarterOf2026() {
        build(data);
    }

    /** The dataset of the table above; shared with the cost and export tests. */
    static void build(KpiDataset data) {
        Long p1 = data.person(GAZZO);
        SocialCase c1 = data.openCase(p1, GAZZO, "elderly", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        Benefit b1 = data.grant(c1, "home-care-hours", at(2026, 1, 1, 0, 0, 0), day(1, 1), day(6, 30));
        data.deliver(b1, day(1, 1), "2");
        data.deliver(b1, day(3, 31), "1");
        data.deliver(b1, day(4, 1), "5");
        Benefit b2 = data.grant(c1, "home-care-hours", at(2026, 2, 1, 10, 0, 0), day(2, 1), day(6, 30));
        data.deliver(b2, day(2, 15), "1");
        SocialCase c2 = data.openCase(data.person(GAZZO), GRANTORTO, "elderly", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        data.deliver(data.grant(c2, "home-care-hours", at(2026, 1, 10, 9, 0, 0), day(1, 10), day(6, 30)), day(2, 10), "3");
        SocialCase c3 = data.openCase(data.person(VIGONZA), VIGONZA, "poverty-adults", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        data.deliver(data.grant(c3, "icd-a", at(2026, 1, 15, 9, 0, 0), day(1, 15), day(6, 30)), day(2, 1), "1");
        SocialCase c4 = data.openCase(data.person(VIGONZA), VIGONZA, "disability", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        data.deliver(data.grant(c4, "home-care-hours", at(2026, 2, 20, 9, 0, 0), day(3, 1), day(6, 30)), day(3, 1), "2");
        SocialCase c5 = data.openCase(data.person(VIGONZA), VIGONZA, "disability", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        data.deliver(data.grant(c5, "home-care-hours", at(2026, 3, 31, 23, 59, 59), day(3, 1), day(6, 30)), day(3, 31), "1");
        SocialCase c6 = data.openCase(data.person(GAZZO), GAZZO, "elderly", "elena.conte", at(2025, 12, 1, 9, 0, 0));
        data.grant(c6, "home-care-hours", at(2026, 4, 1, 0, 0, 0), day(4, 1), day(6, 30));
        data.flush();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    void countsTheBenefitsDecidedFromTheFirstToTheLastInstantOfThePeriod() {
        KpiTable granted = kpis.compute(Indicator.BENEFITS_GRANTED, FIRST_QUARTER);

        // home care: B1 (1 January 00:00), B2, B3, B5, B6 (31 March 23:59:59) = 5; B7 (1 April 00:00) is not counted;
        // persons P1 (two benefits, once), P2, P4, P5 = 4
        assertThat(row(granted, "item", "home-care-hours")).containsEntry("benefits", 5L).containsEntry("persons", 4L)
                .containsEntry("benefit_code", "A2.07");
        assertThat(row(granted, "item", "icd-a")).containsEntry("benefits", 1L).containsEntry("persons", 1L);
        assertThat(granted.rows()).hasSize(2);
        // the second quarter starts with B7 alone
        KpiTable april = kpis.compute(Indicator.BENEFITS_GRANTED,
                new KpiFilter(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null, null, null));
        assertThat(row(april, "item", "home-care-hours")).containsEntry("benefits", 1L).containsEntry("persons", 1L);
    }

    @Test
    void sumsTheDeliveriesOfThePeriodPerItemCountingEachPersonOnce() {
        KpiTable byItem = kpis.compute(Indicator.DELIVERIES_BY_ITEM, FIRST_QUARTER);

        // home care: 2 h (1/1) + 1 h (31/3) + 1 h + 3 h + 2 h + 1 h = 10 h; the 5 h of 1 April are outside
        // 10 h x 20.00 = 200.00, body 10 x 12.00 = 120.00, user 10 x 8.00 = 80.00; persons P1, P2, P4, P5 = 4
        assertThat(row(byItem, "item", "home-care-hours")).containsEntry("persons", 4L)
                .containsEntry("quantity", euro("10.00")).containsEntry("total", euro("200.00"))
                .containsEntry("body", euro("120.00")).containsEntry("user", euro("80.00"))
                .containsEntry("health_service", euro("0.00")).containsEntry("unit_of_measure", "hour")
                .containsEntry("istat_code", "HOMECARE");
        // ICDa: 1 month x 800.00, all to the body
        assertThat(row(byItem, "item", "icd-a")).containsEntry("persons", 1L).containsEntry("quantity", euro("1.00"))
                .containsEntry("total", euro("800.00")).containsEntry("body", euro("800.00")).containsEntry("user", euro("0.00"));
        // ordered by total: 800.00 before 200.00
        assertThat(byItem.rowMaps()).extracting(row -> row.get("item")).containsExactly("icd-a", "home-care-hours");
    }

    @Test
    void sumsTheDeliveriesPerUserArea() {
        KpiTable byArea = kpis.compute(Indicator.DELIVERIES_BY_AREA, FIRST_QUARTER);

        // elderly: P1 2+1+1 h = 80.00 (body 48.00, user 32.00), P2 3 h = 60.00 (36.00, 24.00): 140.00, 84.00, 56.00
        assertThat(row(byArea, "area", "elderly")).containsEntry("persons", 2L).containsEntry("total", euro("140.00"))
                .containsEntry("body", euro("84.00")).containsEntry("user", euro("56.00")).containsEntry("istat_area", "ELD");
        // disability: P4 2 h + P5 1 h = 60.00, body 36.00, user 24.00
        assertThat(row(byArea, "area", "disability")).containsEntry("persons", 2L).containsEntry("total", euro("60.00"))
                .containsEntry("body", euro("36.00")).containsEntry("user", euro("24.00"));
        assertThat(row(byArea, "area", "poverty-adults")).containsEntry("persons", 1L).containsEntry("total", euro("800.00"))
                .containsEntry("body", euro("800.00"));
        // every area is listed, in the ISTAT order, those without deliveries at zero
        assertThat(byArea.rows()).hasSize(7);
        assertThat(row(byArea, "area", "addiction")).containsEntry("persons", 0L).containsEntry("total", euro("0.00"));
    }

    @Test
    void attributesEachDeliveryToTheBodyTheDelegationTablePutsInCharge() {
        KpiTable byBody = kpis.compute(Indicator.DELIVERIES_BY_BODY, FIRST_QUARTER);

        // poverty of Vigonza kept by the comune: 800.00; elderly of Gazzo and Grantorto to ULSS 6: 140.00;
        // disability of Vigonza to the ATS: 60.00
        assertThat(byBody.rowMaps()).extracting(row -> row.get("managing_body"))
                .containsExactly("comune-" + VIGONZA, "ulss6", "ats-ven15");
        assertThat(row(byBody, "managing_body", "ulss6")).containsEntry("persons", 2L).containsEntry("total", euro("140.00"))
                .containsEntry("body", euro("84.00")).containsEntry("managing_body_name", "Azienda ULSS 6 Euganea");
        assertThat(row(byBody, "managing_body", "comune-" + VIGONZA)).containsEntry("persons", 1L)
                .containsEntry("body", euro("800.00"));
        assertThat(row(byBody, "managing_body", "ats-ven15")).containsEntry("persons", 2L).containsEntry("total", euro("60.00"));
    }

    @Test
    void filtersByComuneAreaAndManagingBody() {
        // Grantorto pays for P2 although P2 lives in Gazzo: 3 h = 60.00
        KpiTable grantorto = kpis.compute(Indicator.DELIVERIES_BY_ITEM, FIRST_QUARTER.forComune(GRANTORTO));
        assertThat(row(grantorto, "item", "home-care-hours")).containsEntry("persons", 1L).containsEntry("total", euro("60.00"));
        assertThat(grantorto.rows()).hasSize(1);
        // the ATS runs only the disability home care of Vigonza: P4 and P5, 3 h = 60.00
        KpiTable ats = kpis.compute(Indicator.DELIVERIES_BY_ITEM, new KpiFilter(FIRST_QUARTER.from(), FIRST_QUARTER.to(), null,
                null, "ats-ven15"));
        assertThat(row(ats, "item", "home-care-hours")).containsEntry("persons", 2L).containsEntry("quantity", euro("3.00"));
        assertThat(ats.rows()).hasSize(1);
        // the elderly area: Gazzo and Grantorto, 7 h
        KpiTable elderly = kpis.compute(Indicator.DELIVERIES_BY_ITEM, new KpiFilter(FIRST_QUARTER.from(), FIRST_QUARTER.to(), null,
                "elderly", null));
        assertThat(row(elderly, "item", "home-care-hours")).containsEntry("persons", 2L).containsEntry("quantity", euro("7.00"));
    }

    @Test
    void countsAPersonOncePerServicePerYear() {
        // the first of April is the period's only day: P1's 5 h of B1; 1 person, 100.00
        KpiTable firstOfApril = kpis.compute(Indicator.DELIVERIES_BY_ITEM,
                new KpiFilter(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null, null, null));
        assertThat(row(firstOfApril, "item", "home-care-hours")).containsEntry("persons", 1L).containsEntry("total", euro("100.00"));
        // the whole year: P1 has two benefits and deliveries on four days, still one person; 4 home-care persons
        KpiTable year = kpis.compute(Indicator.DELIVERIES_BY_ITEM, KpiFilter.year(2026));
        assertThat(row(year, "item", "home-care-hours")).containsEntry("persons", 4L).containsEntry("quantity", euro("15.00"));
    }

    @Test
    void countsAPersonOnceInEachYearOfAPeriodAcrossNewYear() {
        // P7 of Campodoro, elderly: home care from 1 December 2025 at the 2025 tariff, 19.00 an hour, the user 40%
        // (7.60), the body 11.40; one hour on 31 December 2025 and one on 1 January 2026
        SocialCase c7 = data.openCase(data.person("028018"), "028018", "elderly", "elena.conte", at(2025, 11, 1, 9, 0, 0));
        Benefit b8 = data.grant(c7, "home-care-hours", at(2025, 11, 20, 9, 0, 0), LocalDate.of(2025, 12, 1), day(1, 31));
        data.deliver(b8, LocalDate.of(2025, 12, 31), "1");
        data.deliver(b8, day(1, 1), "1");
        data.flush();
        KpiFilter newYear = new KpiFilter(LocalDate.of(2025, 12, 1), day(1, 31), "028018", null, null);

        // once in 2025 and once in 2026: 2 persons; 2 h = 38.00, body 22.80, user 15.20
        assertThat(row(kpis.compute(Indicator.DELIVERIES_BY_ITEM, newYear), "item", "home-care-hours")).containsEntry("persons", 2L)
                .containsEntry("quantity", euro("2.00")).containsEntry("total", euro("38.00")).containsEntry("body", euro("22.80"))
                .containsEntry("user", euro("15.20"));
        // the delegation table begins on 1 January 2026: the hour of 31 December has no managing body
        assertThat(kpis.compute(Indicator.DELIVERIES_BY_BODY, newYear).rowMaps())
                .extracting(row -> row.get("managing_body") + " " + row.get("persons") + " " + row.get("total"))
                .containsExactly("ulss6 1 19.00", "null 1 19.00");
    }

    @Test
    void sumsAPeriodOfPartialMonthsFromItsDaysAndItsWholeMonths() {
        // 10 January to 15 March: February whole (B2 15/02 1 h, B3 10/02 3 h, B4 01/02 ICDa) and the first half of
        // March (B5 01/03 2 h); B1's 01/01 and 31/03 and B6's 31/03 are outside: home care 6 h = 120.00, body 72.00,
        // persons P1, P2, P4 = 3
        KpiTable partial = kpis.compute(Indicator.DELIVERIES_BY_ITEM, new KpiFilter(day(1, 10), day(3, 15), null, null, null));
        assertThat(row(partial, "item", "home-care-hours")).containsEntry("persons", 3L).containsEntry("quantity", euro("6.00"))
                .containsEntry("total", euro("120.00")).containsEntry("body", euro("72.00"));
        assertThat(row(partial, "item", "icd-a")).containsEntry("persons", 1L).containsEntry("total", euro("800.00"));
        // 2 to 31 March, no whole month but March less its first day: B1 31/03 1 h and B6 31/03 1 h, P1 and P5
        KpiTable march = kpis.compute(Indicator.DELIVERIES_BY_ITEM, new KpiFilter(day(3, 2), day(3, 31), null, null, null));
        assertThat(row(march, "item", "home-care-hours")).containsEntry("persons", 2L).containsEntry("quantity", euro("2.00"));
    }

    @Test
    void keepsTheDeliveryRollupsEqualToTheDeliveriesThroughEveryWrite() {
        // the deliveries recorded above reached the rollups through their triggers
        assertRollupsMatch();

        // a delivery corrected: B3's 3 h of 10 February become 4 h on 10 March (80.00, body 48.00, user 32.00)
        jdbc.sql("""
                update benefit_delivery set delivered_on = date '2026-03-10', quantity = 4, total_amount = 80,
                       body_amount = 48, user_amount = 32
                where delivered_on = date '2026-02-10'""").update();
        assertRollupsMatch();
        KpiTable grantorto = kpis.compute(Indicator.DELIVERIES_BY_ITEM, FIRST_QUARTER.forComune(GRANTORTO));
        assertThat(row(grantorto, "item", "home-care-hours")).containsEntry("persons", 1L).containsEntry("total", euro("80.00"));

        // a delivery deleted: B6's hour of 31 March; disability keeps P4 alone
        jdbc.sql("delete from benefit_delivery where delivered_on = date '2026-03-31' and benefit_id = :b6")
                .param("b6", benefitOf(VIGONZA, "disability", "2026-03-31 23:59:59")).update();
        assertRollupsMatch();
        assertThat(row(kpis.compute(Indicator.DELIVERIES_BY_AREA, FIRST_QUARTER), "area", "disability"))
                .containsEntry("persons", 1L).containsEntry("total", euro("40.00"));

        // P2's case moves to Gazzo: B3 is still paid by Grantorto, which keeps its cost
        Long b3 = benefitOf(GRANTORTO, "elderly", "2026-01-10 09:00:00");
        Long c2 = jdbc.sql("select case_id from benefit where id = :b3").param("b3", b3).query(Long.class).single();
        cases.moveTo(c2, new IstatCode(GAZZO), "giorgio.moretti");
        data.flush();
        assertRollupsMatch();
        assertThat(row(kpis.compute(Indicator.COST_BY_COMUNE, FIRST_QUARTER), "comune", GRANTORTO)).containsEntry("total", euro("80.00"));

        // B3 corrected by hand to be paid by Gazzo: Grantorto has nothing left, Gazzo 80.00 + 80.00 for P1 and P2
        jdbc.sql("update benefit set paying_comune = :gazzo where id = :b3").param("gazzo", GAZZO).param("b3", b3).update();
        assertRollupsMatch();
        KpiTable byComune = kpis.compute(Indicator.COST_BY_COMUNE, FIRST_QUARTER);
        assertThat(row(byComune, "comune", GRANTORTO)).containsEntry("persons", 0L).containsEntry("total", euro("0.00"));
        assertThat(row(byComune, "comune", GAZZO)).containsEntry("persons", 2L).containsEntry("total", euro("160.00"));

        // Gazzo's elderly area passes from ULSS 6 to the ATS on 1 March: P1's hour of 31 March and P2's 4 h of 10 March
        jdbc.sql("""
                update delegation set valid_to = date '2026-02-28'
                where municipality_id = (select id from municipality where istat_code = :gazzo) and user_area_code = 'elderly'
                  and valid_from <= date '2026-03-01' and (valid_to is null or valid_to >= date '2026-03-01')""")
                .param("gazzo", GAZZO).update();
        jdbc.sql("""
                insert into delegation (municipality_id, user_area_code, managing_body_id, unit_id, valid_from)
                select m.id, 'elderly', d.managing_body_id, d.unit_id, date '2026-03-01'
                from municipality m, delegation d join municipality v on v.id = d.municipality_id
                where m.istat_code = :gazzo and v.istat_code = :vigonza and d.user_area_code = 'disability'
                  and d.valid_from <= date '2026-03-01' and (d.valid_to is null or d.valid_to >= date '2026-03-01')""")
                .param("gazzo", GAZZO).param("vigonza", VIGONZA).update();
        assertRollupsMatch();
        // the ATS: Vigonza's P4 2 h (40.00) and Gazzo's 1 h + 4 h (100.00); ULSS 6: Gazzo's 2 h + 1 h before March
        KpiTable byBody = kpis.compute(Indicator.DELIVERIES_BY_BODY, FIRST_QUARTER);
        assertThat(row(byBody, "managing_body", "ats-ven15")).containsEntry("persons", 3L).containsEntry("total", euro("140.00"));
        assertThat(row(byBody, "managing_body", "ulss6")).containsEntry("persons", 1L).containsEntry("total", euro("60.00"));

        // the new delegation removed: March's deliveries of Gazzo's elderly have no managing body
        jdbc.sql("delete from delegation where valid_from = date '2026-03-01' and user_area_code = 'elderly'").update();
        assertRollupsMatch();
        assertThat(kpis.compute(Indicator.DELIVERIES_BY_BODY, FIRST_QUARTER).rowMaps())
                .extracting(row -> row.get("managing_body") + " " + row.get("total"))
                .containsExactly("comune-" + VIGONZA + " 800.00", "null 100.00", "ulss6 60.00", "ats-ven15 40.00");
    }

    private Long benefitOf(String comune, String area, String decidedAt) {
        return jdbc.sql("""
                select id from benefit where paying_comune = :comune and user_area_code = :area
                  and decided_at = cast(:decided as timestamp) at time zone 'Europe/Rome'""")
                .param("comune", comune).param("area", area).param("decided", decidedAt).query(Long.class).single();
    }

    private void assertRollupsMatch() {
        assertThat(RollupCheck.differences(jdbc, "kpi_delivery_month", "kpi_delivery_month_source")).isZero();
        assertThat(RollupCheck.differences(jdbc, "kpi_delivery_person", "kpi_delivery_person_source")).isZero();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static LocalDateTime at(int year, int month, int dayOfMonth, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, dayOfMonth, hour, minute, second);
    }
}
