package it.fascicolosociale.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import it.fascicolosociale.kpi.CellText;
import it.fascicolosociale.kpi.Column;
import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiTable;

/** Turns an indicator's figures into the texts and the chart a page shows. */
@Component
class TableViews {

    private final CellText cells;

    TableViews(CellText cells) {
        this.cells = cells;
    }

    TableView of(KpiTable table) {
        Indicator indicator = table.indicator();
        List<String> headers = table.columns().stream().map(cells::header).toList();
        List<Boolean> numeric = table.columns().stream().map(column -> column.kind() != Column.Kind.LABEL).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                texts.add(cells.text(table.columns().get(i), row.get(i)));
            }
            rows.add(texts);
        }
        String title = cells.message(indicator.titleCode());
        ChartView chart = indicator.chart().map(columns -> chart(table, title, columns)).orElse(null);
        return new TableView(indicator.id(), title, cells.message(indicator.definitionCode()), headers, numeric, rows,
                chart, table.suppressed());
    }

    private ChartView chart(KpiTable table, String title, Indicator.ChartColumns columns) {
        int label = table.indicator().indexOf(columns.label().key());
        int value = table.indicator().indexOf(columns.value().key());
        List<ChartView.Point> points = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Object number = row.get(value);
            if (number instanceof Number) {
                points.add(new ChartView.Point(cells.text(columns.label(), row.get(label)), new BigDecimal(number.toString()),
                        cells.text(columns.value(), number)));
            }
        }
        return points.isEmpty() ? null : ChartView.of(cells.message("kpi.chart", title), points);
    }
}
