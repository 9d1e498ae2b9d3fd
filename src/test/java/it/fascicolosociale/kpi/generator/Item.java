package it.fascicolosociale.kpi.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A catalogue item as the generator grants it: unit of measure and cost, the monthly quantity drawn, whether the
 * user pays a share by ISEE, the health service's share of the cost, and whether it is a one-off payment.
 * Which items a case of each area receives, and how often, is in {@link #BY_AREA}.
 */
record Item(String code, String unitOfMeasure, BigDecimal unitCost, int minQuantity, int maxQuantity, boolean coPayment,
            BigDecimal healthShare, boolean oneOff) {

    private static Item of(String code, String unit, String cost, int min, int max, boolean coPayment, String health, boolean oneOff) {
        return new Item(code, unit, new BigDecimal(cost), min, max, coPayment, new BigDecimal(health), oneOff);
    }

    static final Item HOME_CARE = of("home-care-hours", "HOUR", "21.00", 6, 20, true, "0", false);
    static final Item MEALS = of("home-meals", "MEAL", "7.50", 10, 22, true, "0", false);
    static final Item TRANSPORT = of("social-transport-trips", "TRIP", "12.00", 2, 10, true, "0", false);
    static final Item CONTRIBUTION = of("ordinary-economic-contribution", "EURO", "1.00", 150, 400, false, "0", false);
    static final Item ONE_OFF = of("extraordinary-economic-contribution", "EURO", "1.00", 200, 1200, false, "0", true);
    static final Item CARE_HOME = of("care-home-fee-supplement", "EURO", "1.00", 300, 900, false, "0", false);
    static final Item DAY_CENTRE = of("disability-day-centre-days", "DAY", "55.00", 15, 21, true, "0.40", false);
    static final Item FOSTER = of("foster-care-monthly-contribution", "MONTH", "400.00", 1, 1, false, "0", false);
    static final Item EDUCATION = of("home-education-hours", "HOUR", "24.00", 4, 12, false, "0", false);
    static final Item TELECARE = of("telecare-connection-months", "CONNECTION_MONTH", "18.00", 1, 1, true, "0", false);
    static final Item ICD_B = of("icd-b", "MONTH", "120.00", 1, 1, false, "1", false);
    static final Item ICD_M = of("icd-m", "MONTH", "400.00", 1, 1, false, "1", false);
    static final Item ICD_P = of("icd-p", "MONTH", "400.00", 1, 1, false, "1", false);
    static final Item ICD_F = of("icd-f", "MONTH", "600.00", 1, 1, false, "1", false);

    /** Per area, each item with the chance that a case receives it. */
    static final Map<String, List<Map.Entry<Item, Double>>> BY_AREA = Map.of(
            "elderly", List.of(Map.entry(HOME_CARE, 0.35), Map.entry(MEALS, 0.15), Map.entry(TELECARE, 0.25),
                    Map.entry(ICD_B, 0.25), Map.entry(ICD_M, 0.05), Map.entry(CARE_HOME, 0.06), Map.entry(TRANSPORT, 0.08)),
            "disability", List.of(Map.entry(DAY_CENTRE, 0.35), Map.entry(HOME_CARE, 0.15), Map.entry(ICD_P, 0.08),
                    Map.entry(ICD_F, 0.08), Map.entry(TRANSPORT, 0.2)),
            "family-minors", List.of(Map.entry(EDUCATION, 0.35), Map.entry(FOSTER, 0.05), Map.entry(CONTRIBUTION, 0.2),
                    Map.entry(ONE_OFF, 0.1)),
            "poverty-adults", List.of(Map.entry(CONTRIBUTION, 0.5), Map.entry(ONE_OFF, 0.3), Map.entry(MEALS, 0.05)),
            "immigrants", List.of(Map.entry(CONTRIBUTION, 0.3), Map.entry(ONE_OFF, 0.2)),
            "addiction", List.of(Map.entry(CONTRIBUTION, 0.25), Map.entry(TRANSPORT, 0.1)),
            "multi-user", List.of(Map.entry(CONTRIBUTION, 0.25), Map.entry(MEALS, 0.1), Map.entry(HOME_CARE, 0.1)));
}
