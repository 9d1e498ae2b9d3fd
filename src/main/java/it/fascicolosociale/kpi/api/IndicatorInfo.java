package it.fascicolosociale.kpi.api;

import java.util.List;

/** An indicator in the API's index: id (the last segment of its path), section, title, definition and columns. */
public record IndicatorInfo(String id, String section, String title, String definition,
                            List<IndicatorFigures.ColumnInfo> columns) {
}
