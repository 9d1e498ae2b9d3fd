package it.fascicolosociale.kpi.api;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import it.fascicolosociale.kpi.CellText;
import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiAudience;
import it.fascicolosociale.kpi.KpiFilter;
import it.fascicolosociale.kpi.KpiTable;
import it.fascicolosociale.kpi.Kpis;
import it.fascicolosociale.platform.NotFoundException;

/**
 * The indicators as JSON, one path per indicator ({@code /api/v1/kpi/<id>}), described in
 * {@code static/openapi/kpi.yaml}. Same readers and rules as the pages: a referente gets their comune's figures.
 */
@RestController
@RequestMapping(path = "/api/v1/kpi", produces = "application/json")
class KpiApiController {

    private final Kpis kpis;
    private final CellText cells;

    KpiApiController(Kpis kpis, CellText cells) {
        this.kpis = kpis;
        this.cells = cells;
    }

    @GetMapping
    List<IndicatorInfo> index(Principal principal) {
        KpiAudience audience = kpis.audienceOf(principal.getName());
        return Arrays.stream(Indicator.values())
                .filter(indicator -> audience.isManager() || indicator.forMunicipality())
                .map(indicator -> new IndicatorInfo(indicator.id(), indicator.section().name(),
                        cells.message(indicator.titleCode()), cells.message(indicator.definitionCode()), columns(indicator)))
                .toList();
    }

    @GetMapping("/{id}")
    IndicatorFigures figures(@PathVariable String id,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String comune, @RequestParam(required = false) String area,
                             @RequestParam(required = false) String managingBody, Principal principal) {
        Indicator indicator = Indicator.byId(id).orElseThrow(() -> new NotFoundException("error.kpi.not-found", "unknown indicator"));
        KpiAudience audience = kpis.audienceOf(principal.getName());
        KpiTable table = kpis.read(audience, indicator, new KpiFilter(from, to, comune, area, managingBody));
        KpiFilter used = table.filter();
        return new IndicatorFigures(indicator.id(), cells.message(indicator.titleCode()), cells.message(indicator.definitionCode()),
                used.from(), used.to(), used.comune(), used.area(), used.managingBody(), columns(indicator), table.rowMaps(),
                table.suppressed(), table.suppressed() ? cells.message("kpi.suppressed.note") : null);
    }

    private List<IndicatorFigures.ColumnInfo> columns(Indicator indicator) {
        return indicator.columns().stream()
                .map(column -> new IndicatorFigures.ColumnInfo(column.key(), column.kind().name(), cells.header(column)))
                .toList();
    }
}
