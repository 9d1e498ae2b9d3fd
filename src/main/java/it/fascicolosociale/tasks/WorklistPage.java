package it.fascicolosociale.tasks;

import java.util.List;
import java.util.Map;

/**
 * One page of the task list: the filter as applied, the sections the operator has with their counts, the rows,
 * the facets with their counts, how many tasks match, and whether the section held more than the list reads.
 */
public record WorklistPage(WorklistFilter filter, Map<WorklistSection, Long> sections, List<WorkRow> rows,
                           List<Facet> facets, long total, int pageCount, boolean truncated) {

    public WorklistPage {
        sections = Map.copyOf(sections);
        rows = List.copyOf(rows);
        facets = List.copyOf(facets);
    }

    public WorklistSection section() {
        return filter.section();
    }

    public int page() {
        return filter.page();
    }
}
