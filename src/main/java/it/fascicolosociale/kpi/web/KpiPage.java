package it.fascicolosociale.kpi.web;

import java.util.List;

import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.platform.web.Option;

/**
 * What a KPI page shows: the section, the filters as used (or the message of why they were refused), the choices
 * of the filter form, the tables, and the query string that exports repeat.
 */
public record KpiPage(Indicator.Section section, KpiFilterForm filter, String errorCode, List<TableView> tables,
                      List<Option> comuni, List<Option> areas, List<Option> bodies, String query, String comuneName) {

    public boolean hasError() {
        return errorCode != null;
    }
}
