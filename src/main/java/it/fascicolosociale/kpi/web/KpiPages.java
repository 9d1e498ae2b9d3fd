package it.fascicolosociale.kpi.web;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiAudience;
import it.fascicolosociale.kpi.KpiFilter;
import it.fascicolosociale.kpi.Kpis;
import it.fascicolosociale.platform.NotFoundException;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Builds the managers' dashboard and the page of a comune: the filters, then each indicator of the page as its
 * reader may see it. A filter that cannot be read shows its Italian message and no figures.
 */
@Component
class KpiPages {

    private final Kpis kpis;
    private final TableViews views;
    private final FilterChoices choices;
    private final Clock clock;

    KpiPages(Kpis kpis, TableViews views, FilterChoices choices, Clock clock) {
        this.kpis = kpis;
        this.views = views;
        this.choices = choices;
        this.clock = clock;
    }

    KpiAudience audience(String username) {
        return kpis.audienceOf(username);
    }

    KpiPage dashboard(KpiAudience audience, Indicator.Section section, KpiFilterForm form) {
        return page(audience, section, form, indicator -> indicator.section() == section, null);
    }

    /** The page of one comune, as its referente sees it (small counts suppressed), whoever reads it. */
    KpiPage comune(KpiAudience audience, String istatCode, KpiFilterForm form) {
        if (choices.comuni().stream().noneMatch(option -> option.value().equals(istatCode))) {
            throw new NotFoundException("error.kpi.not-found", "unknown comune");
        }
        kpis.requireVisible(audience, Indicator.INTAKE_OUTCOMES, istatCode);
        KpiAudience asComune = KpiAudience.municipality(audience.username(), istatCode);
        KpiFilterForm ofComune = new KpiFilterForm(form.from(), form.to(), istatCode, form.area(), form.body());
        return page(asComune, null, ofComune, Indicator::forMunicipality, choices.comuneName(istatCode));
    }

    private KpiPage page(KpiAudience audience, Indicator.Section section, KpiFilterForm form,
                         Predicate<Indicator> shown, String comuneName) {
        KpiFilter filter;
        try {
            filter = form.toFilter(clock);
        } catch (RuleViolation refused) {
            return new KpiPage(section, form, refused.messageCode(), List.of(), choices.comuni(), choices.areas(),
                    choices.bodies(), "", comuneName);
        }
        List<TableView> tables = java.util.Arrays.stream(Indicator.values()).filter(shown)
                .map(indicator -> views.of(kpis.read(audience, indicator, filter)))
                .toList();
        return new KpiPage(section, form.shown(filter), null, tables, choices.comuni(), choices.areas(), choices.bodies(),
                query(filter), comuneName);
    }

    private static String query(KpiFilter filter) {
        return UriComponentsBuilder.newInstance()
                .queryParam("from", filter.from()).queryParam("to", filter.to())
                .queryParamIfPresent("comune", java.util.Optional.ofNullable(filter.comune()))
                .queryParamIfPresent("area", java.util.Optional.ofNullable(filter.area()))
                .queryParamIfPresent("body", java.util.Optional.ofNullable(filter.managingBody()))
                .build().encode().toUriString();
    }
}
