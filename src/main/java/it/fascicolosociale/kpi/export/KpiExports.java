package it.fascicolosociale.kpi.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import it.fascicolosociale.kpi.CellText;
import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiAudience;
import it.fascicolosociale.kpi.KpiFilter;
import it.fascicolosociale.kpi.Kpis;
import it.fascicolosociale.platform.NotFoundException;

/**
 * Files of the figures: any indicator as CSV or XLSX, and a comune's year as a PDF summary. Whatever leaves the
 * platform has small counts suppressed in per-comune tables.
 */
@Service
public class KpiExports {

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final Kpis kpis;
    private final CellText cells;

    KpiExports(Kpis kpis, CellText cells) {
        this.kpis = kpis;
        this.cells = cells;
    }

    public Download table(KpiAudience audience, Indicator indicator, KpiFilter filter, String format) {
        ExportedTable table = ExportedTable.of(kpis.export(audience, indicator, filter), cells);
        String name = indicator.id() + "_" + filter.from() + "_" + filter.to()
                + (filter.comune() == null ? "" : "_" + filter.comune());
        return switch (format) {
            case "csv" -> new Download(name + ".csv", "text/csv;charset=UTF-8", CsvWriter.write(table));
            case "xlsx" -> new Download(name + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxWriter.write(table));
            default -> throw new NotFoundException("error.kpi.unknown-format", "unknown export format");
        };
    }

    /** The summary of a comune's calendar year: every indicator a referente reads, for that comune. */
    public Download comuneSummary(KpiAudience audience, String istatCode, String comuneName, int year) {
        KpiFilter filter = new KpiFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), istatCode, null, null);
        KpiAudience asComune = KpiAudience.municipality(audience.username(), istatCode);
        kpis.requireVisible(audience, Indicator.INTAKE_OUTCOMES, istatCode);
        List<ExportedTable> tables = Arrays.stream(Indicator.values()).filter(Indicator::forMunicipality)
                .map(indicator -> ExportedTable.of(kpis.export(asComune, indicator, filter), cells))
                .toList();
        byte[] pdf = SummaryPdf.write(cells.message("kpi.pdf.title", comuneName, String.valueOf(year)),
                cells.message("kpi.pdf.subtitle", filter.from(), filter.to()), tables);
        return new Download("sintesi_" + istatCode + "_" + year + ".pdf", "application/pdf", pdf);
    }
}
