package it.fascicolosociale.kpi.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON of one indicator: what it is, the filter it was computed for, its columns and its rows (objects keyed
 * by column; a suppressed count is the string "<3").
 */
public record IndicatorFigures(String indicator, String title, String definition, LocalDate from, LocalDate to,
                               String comune, String area, String managingBody, List<ColumnInfo> columns,
                               List<Map<String, Object>> rows, boolean suppressed, String note) {

    /** A column: its key in the rows, the kind of value, and its Italian heading. */
    public record ColumnInfo(String key, String kind, String label) {
    }
}
