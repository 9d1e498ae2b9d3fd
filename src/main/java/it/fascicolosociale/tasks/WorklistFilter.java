package it.fascicolosociale.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the task list shows: a section, the value chosen for each facet (null: any; {@link #NONE}: tasks without
 * one) and the page, from 1.
 */
public record WorklistFilter(WorklistSection section, Map<Facet.Name, String> chosen, int page) {

    /** The value of tasks that have none for a facet: no comune, no area, no due date, nobody holding them. */
    public static final String NONE = "none";

    public WorklistFilter {
        section = section == null ? WorklistSection.MINE : section;
        Map<Facet.Name, String> kept = new LinkedHashMap<>();
        chosen.forEach((facet, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(facet, value.strip());
            }
        });
        chosen = Map.copyOf(kept);
        page = Math.max(1, page);
    }

    public static WorklistFilter of(WorklistSection section) {
        return new WorklistFilter(section, Map.of(), 1);
    }

    public String chosen(Facet.Name facet) {
        return chosen.get(facet);
    }

    WorklistFilter inSection(WorklistSection other) {
        return new WorklistFilter(other, chosen, page);
    }
}
