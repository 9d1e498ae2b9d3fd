package it.fascicolosociale.kpi.web;

import java.security.Principal;
import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiAudience;
import it.fascicolosociale.kpi.export.KpiExports;
import it.fascicolosociale.kpi.export.KpiExports.Download;
import it.fascicolosociale.platform.NotFoundException;

/** Downloads: a table of the dashboard or of a comune's page as CSV or XLSX, and a comune's yearly PDF. */
@Controller
class ExportController {

    private final KpiExports exports;
    private final KpiPages pages;
    private final FilterChoices choices;
    private final Clock clock;

    ExportController(KpiExports exports, KpiPages pages, FilterChoices choices, Clock clock) {
        this.exports = exports;
        this.pages = pages;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/kpi/export/{indicator}.{format}")
    ResponseEntity<byte[]> table(@PathVariable String indicator, @PathVariable String format, KpiFilterForm filter,
                                 Principal principal) {
        KpiAudience audience = pages.audience(principal.getName());
        return send(exports.table(audience, indicator(indicator), filter.toFilter(clock), format));
    }

    @GetMapping("/kpi/comuni/{istatCode}/export/{indicator}.{format}")
    ResponseEntity<byte[]> comuneTable(@PathVariable String istatCode, @PathVariable String indicator,
                                       @PathVariable String format, KpiFilterForm filter, Principal principal) {
        KpiAudience audience = pages.audience(principal.getName());
        KpiFilterForm ofComune = new KpiFilterForm(filter.from(), filter.to(), istatCode, filter.area(), filter.body());
        return send(exports.table(audience, indicator(indicator), ofComune.toFilter(clock), format));
    }

    @GetMapping("/kpi/comuni/{istatCode}/summary-{year:[0-9]{4}}.pdf")
    ResponseEntity<byte[]> summary(@PathVariable String istatCode, @PathVariable int year, Principal principal) {
        String name = choices.comuneName(istatCode);
        if (name.equals(istatCode)) {
            throw new NotFoundException("error.kpi.not-found", "unknown comune");
        }
        return send(exports.comuneSummary(pages.audience(principal.getName()), istatCode, name, year));
    }

    private static Indicator indicator(String id) {
        return Indicator.byId(id).orElseThrow(() -> new NotFoundException("error.kpi.not-found", "unknown indicator"));
    }

    private static ResponseEntity<byte[]> send(Download download) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(download.contentType()))
                .body(download.content());
    }
}
