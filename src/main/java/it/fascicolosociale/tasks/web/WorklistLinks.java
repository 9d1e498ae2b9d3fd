package it.fascicolosociale.tasks.web;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import it.fascicolosociale.tasks.Facet;
import it.fascicolosociale.tasks.WorklistFilter;
import it.fascicolosociale.tasks.WorklistSection;

/** The addresses of the task list's tabs, facet values and pages, each keeping the rest of the filter. */
public record WorklistLinks(WorklistFilter filter) {

    public String section(WorklistSection section) {
        return UriComponentsBuilder.fromPath("/").queryParam("view", section.code()).encode().toUriString();
    }

    /** The list with the facet set to the value, or cleared when the value is already chosen. */
    public String facet(Facet.Name facet, String value) {
        UriComponentsBuilder uri = base();
        filter.chosen().forEach((name, chosen) -> {
            if (name != facet) {
                uri.queryParam(name.parameter(), chosen);
            }
        });
        if (value != null && !value.equals(filter.chosen(facet))) {
            uri.queryParam(facet.parameter(), value);
        }
        return uri.encode().toUriString();
    }

    public String clear() {
        return section(filter.section());
    }

    public String page(int page) {
        UriComponentsBuilder uri = base();
        filter.chosen().forEach((name, chosen) -> uri.queryParam(name.parameter(), chosen));
        return uri.queryParam("page", page).encode().toUriString();
    }

    private UriComponentsBuilder base() {
        return UriComponentsBuilder.fromPath("/").queryParam("view", filter.section().code());
    }

    /** The filter the list's query parameters ask for; unknown sections fall back to the operator's own tasks. */
    static WorklistFilter filterOf(Map<String, String> parameters) {
        WorklistSection section = WorklistSection.MINE;
        for (WorklistSection candidate : WorklistSection.values()) {
            if (candidate.code().equals(parameters.get("view"))) {
                section = candidate;
            }
        }
        Map<Facet.Name, String> chosen = new java.util.EnumMap<>(Facet.Name.class);
        for (Facet.Name facet : Facet.Name.values()) {
            chosen.put(facet, parameters.get(facet.parameter()));
        }
        int page = 1;
        try {
            page = Integer.parseInt(parameters.getOrDefault("page", "1"));
        } catch (NumberFormatException notANumber) {
            page = 1;
        }
        return new WorklistFilter(section, chosen, page);
    }
}
