package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Column.amount;
import static it.fascicolosociale.kpi.Column.count;
import static it.fascicolosociale.kpi.Column.days;
import static it.fascicolosociale.kpi.Column.inhabitants;
import static it.fascicolosociale.kpi.Column.label;
import static it.fascicolosociale.kpi.Column.persons;
import static it.fascicolosociale.kpi.Column.quantity;
import static it.fascicolosociale.kpi.Column.ratio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The indicators, each with its columns, the section of the dashboard it belongs to, who may read it, and
 * which column its chart shows. Titles and definitions are {@code kpi.<id>.title} and
 * {@code kpi.<id>.definition} in {@code messages/kpi.properties}; the API path is {@code /api/v1/kpi/<id>}.
 */
public enum Indicator {
    INTAKE_OUTCOMES("intake-outcomes", Section.PROCESS, true, "outcome", "intakes",
            coded("outcome", "kpi.outcome."), count("intakes"), persons("persons")),
    LEAD_TIMES("lead-times", Section.PROCESS, true, "step", "median_days",
            coded("step", "kpi.step."), persons("measured"), days("median_days"), days("p90_days")),
    CASES_BY_MONTH("cases-by-month", Section.PROCESS, true, "month", "opened",
            label("month"), persons("opened"), persons("closed"), persons("open_at_end")),
    CLOSURE_REASONS("closure-reasons", Section.PROCESS, true, "reason", "closures",
            coded("reason", "closure-reason."), persons("closures")),
    TASKS_BY_UNIT("tasks-by-unit", Section.PROCESS, false, "unit_name", "open",
            label("unit"), label("unit_name"), count("open"), count("overdue"), count("completed"), count("completed_late")),
    TASKS_BY_OPERATOR("tasks-by-operator", Section.PROCESS, false, "operator", "open",
            label("operator"), count("open"), count("overdue"), count("completed"), count("completed_late")),
    ESCALATIONS("escalations", Section.PROCESS, true, "activity_name", "escalations",
            label("process"), label("activity"), label("activity_name"), count("escalations")),
    CASELOAD("caseload", Section.PROCESS, false, "case_manager", "open_cases",
            label("case_manager"), count("open_cases"), ratio("fte"), ratio("cases_per_fte")),
    BENEFITS_GRANTED("benefits-granted", Section.SERVICES, true, "item_name", "benefits",
            label("item"), label("item_name"), label("benefit_code"), count("benefits"), persons("persons")),
    DELIVERIES_BY_ITEM("deliveries-by-item", Section.SERVICES, true, "item_name", "total",
            label("item"), label("item_name"), label("benefit_code"), label("istat_code"),
            coded("unit_of_measure", "unit-of-measure."), persons("persons"), quantity("quantity"),
            amount("total"), amount("body"), amount("user"), amount("health_service")),
    DELIVERIES_BY_AREA("deliveries-by-area", Section.SERVICES, true, "area", "total",
            coded("area", "user-area."), label("istat_area"), persons("persons"),
            amount("total"), amount("body"), amount("user"), amount("health_service")),
    DELIVERIES_BY_BODY("deliveries-by-body", Section.SERVICES, true, "managing_body_name", "total",
            label("managing_body"), label("managing_body_name"), persons("persons"),
            amount("total"), amount("body"), amount("user"), amount("health_service")),
    COST_BY_COMUNE("cost-by-comune", Section.SERVICES, true, "comune_name", "body_per_inhabitant",
            label("comune"), label("comune_name"), inhabitants("population"), persons("persons"),
            amount("total"), amount("body"), amount("user"), amount("health_service"), amount("body_per_inhabitant")),
    COMUNE_COST_BY_BODY("comune-cost-by-body", Section.SERVICES, true, null, null,
            label("comune"), label("comune_name"), label("managing_body"), label("managing_body_name"),
            persons("persons"), amount("body"), amount("body_per_inhabitant")),
    SOCIAL_WORKERS("social-workers", Section.LEPS, true, "comune_name", "fte_per_5000",
            label("comune"), label("comune_name"), inhabitants("population"), ratio("fte"), ratio("fte_per_5000"),
            ratio("inhabitants_per_fte"), coded("level_met", "kpi.met."), coded("target_met", "kpi.met.")),
    FIRST_CONTACT("first-contact", Section.LEPS, true, "comune_name", "median_days",
            label("comune"), label("comune_name"), count("intakes"), persons("persons"), days("median_days"), days("p90_days"));

    /** Where an indicator sits on the dashboard. */
    public enum Section { PROCESS, SERVICES, LEPS }

    private final String id;
    private final Section section;
    private final boolean forMunicipality;
    private final String chartLabel;
    private final String chartValue;
    private final List<Column> columns;

    Indicator(String id, Section section, boolean forMunicipality, String chartLabel, String chartValue, Column... columns) {
        this.id = id;
        this.section = section;
        this.forMunicipality = forMunicipality;
        this.chartLabel = chartLabel;
        this.chartValue = chartValue;
        this.columns = List.of(columns);
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    /** Whether a referente del comune reads it: never the figures of named operators or units. */
    public boolean forMunicipality() {
        return forMunicipality;
    }

    public List<Column> columns() {
        return columns;
    }

    public String titleCode() {
        return "kpi." + id + ".title";
    }

    public String definitionCode() {
        return "kpi." + id + ".definition";
    }

    /** The column whose values name the bars of the chart, and the one they measure; empty without a chart. */
    public Optional<ChartColumns> chart() {
        return chartLabel == null ? Optional.empty() : Optional.of(new ChartColumns(column(chartLabel), column(chartValue)));
    }

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in " + id);
    }

    public Column column(String key) {
        return columns.get(indexOf(key));
    }

    public static Optional<Indicator> byId(String id) {
        return Arrays.stream(values()).filter(indicator -> indicator.id.equals(id)).findFirst();
    }

    public static List<Indicator> of(Section section) {
        return Arrays.stream(values()).filter(indicator -> indicator.section == section).toList();
    }

    /** The label and value columns of a chart. */
    public record ChartColumns(Column label, Column value) {
    }

    private static Column coded(String key, String messagePrefix) {
        return new Column(key, Column.Kind.LABEL, messagePrefix);
    }
}
