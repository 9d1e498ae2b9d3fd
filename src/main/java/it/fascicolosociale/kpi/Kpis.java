package it.fascicolosociale.kpi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.database.RowSecurityContext;

/**
 * The front door of the indicators: computes one for a filter, as its reader may see it. A referente del comune
 * gets their comune's figures only (any other comune, or an indicator about operators and units, is "not found"),
 * with small counts suppressed; exports suppress them in every per-comune table.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

    private final Map<Indicator, Function<KpiFilter, List<List<Object>>>> queries = new EnumMap<>(Indicator.class);
    private final KpiAudiences audiences;
    private final RowSecurityContext rowSecurity;

    Kpis(IntakeIndicators intakes, CaseIndicators cases, TaskIndicators tasks, ServiceIndicators services,
         CostIndicators costs, StaffingIndicators staffing, KpiAudiences audiences, RowSecurityContext rowSecurity) {
        this.audiences = audiences;
        this.rowSecurity = rowSecurity;
        queries.put(Indicator.INTAKE_OUTCOMES, intakes::outcomes);
        queries.put(Indicator.LEAD_TIMES, intakes::leadTimes);
        queries.put(Indicator.FIRST_CONTACT, intakes::firstContact);
        queries.put(Indicator.CASES_BY_MONTH, cases::byMonth);
        queries.put(Indicator.CLOSURE_REASONS, cases::closureReasons);
        queries.put(Indicator.CASELOAD, cases::caseload);
        queries.put(Indicator.TASKS_BY_UNIT, tasks::byUnit);
        queries.put(Indicator.TASKS_BY_OPERATOR, tasks::byOperator);
        queries.put(Indicator.ESCALATIONS, tasks::escalations);
        queries.put(Indicator.BENEFITS_GRANTED, services::granted);
        queries.put(Indicator.DELIVERIES_BY_ITEM, services::byItem);
        queries.put(Indicator.DELIVERIES_BY_AREA, services::byArea);
        queries.put(Indicator.DELIVERIES_BY_BODY, services::byBody);
        queries.put(Indicator.COST_BY_COMUNE, costs::byComune);
        queries.put(Indicator.COMUNE_COST_BY_BODY, costs::byComuneAndBody);
        queries.put(Indicator.SOCIAL_WORKERS, staffing::socialWorkers);
    }

    /** Who the operator reads figures as; refused (403) when they read none. */
    public KpiAudience audienceOf(String username) {
        return audiences.of(username);
    }

    /**
     * The figures as computed, for every comune the filter covers: for managers and tests. Counted as the system:
     * an indicator aggregates every file of the comuni it covers, whoever reads it (the audience rules above decide
     * who reads which figures), and its rows name no person.
     */
    public KpiTable compute(Indicator indicator, KpiFilter filter) {
        return new KpiTable(indicator, filter, rowSecurity.asSystem(() -> queries.get(indicator).apply(filter)));
    }

    /** The figures the audience may read: a referente's are their comune's, with small counts suppressed. */
    public KpiTable read(KpiAudience audience, Indicator indicator, KpiFilter filter) {
        if (audience.isManager()) {
            return compute(indicator, filter);
        }
        requireVisible(audience, indicator, filter.comune());
        return SmallCountSuppression.apply(compute(indicator, filter.forComune(audience.comune())));
    }

    /** The figures for a file leaving the platform: small counts suppressed in every per-comune table. */
    public KpiTable export(KpiAudience audience, Indicator indicator, KpiFilter filter) {
        return SmallCountSuppression.apply(read(audience, indicator, filter));
    }

    /** A referente asking for another comune, or for figures about operators, finds nothing. */
    public void requireVisible(KpiAudience audience, Indicator indicator, String comune) {
        if (!audience.isManager() && (!indicator.forMunicipality() || (comune != null && !comune.equals(audience.comune())))) {
            throw new NotFoundException("error.kpi.not-found", "indicator or comune outside the referente's comune");
        }
    }
}
