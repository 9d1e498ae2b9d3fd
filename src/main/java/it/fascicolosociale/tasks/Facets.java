package it.fascicolosociale.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Narrows the items to the values chosen, and counts for every facet value how many items the list would show
 * with it chosen instead (the other choices kept), so the operator sees where the work is before choosing.
 */
final class Facets {

    private Facets() {
    }

    static List<WorkItem> matching(List<WorkItem> items, WorklistFilter filter, Instant now) {
        return items.stream().filter(item -> matches(item, filter, now, null)).toList();
    }

    /**
     * @param order orders the values of a facet (never {@link WorklistFilter#NONE}, which comes last)
     * @param label the name of a value shown from data, or null when the page takes it from the bundle
     * @param messageCode the bundle's key of a value without a name from data
     */
    static Facet of(Facet.Name facet, List<WorkItem> items, WorklistFilter filter, Instant now,
                    Comparator<String> order, Function<String, String> label, Function<String, String> messageCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WorkItem item : items) {
            if (matches(item, filter, now, facet)) {
                counts.merge(item.valueOf(facet, now), 1L, Long::sum);
            }
        }
        String chosen = filter.chosen(facet);
        if (chosen != null) {
            counts.putIfAbsent(chosen, 0L);
        }
        List<String> values = new ArrayList<>(counts.keySet());
        values.sort(Comparator.comparing((String value) -> value.equals(WorklistFilter.NONE)).thenComparing(order));
        return new Facet(facet, values.stream()
                .map(value -> option(facet, value, label, messageCode, counts.get(value), value.equals(chosen)))
                .toList());
    }

    private static Facet.Option option(Facet.Name facet, String value, Function<String, String> label,
                                       Function<String, String> messageCode, long count, boolean chosen) {
        String name = WorklistFilter.NONE.equals(value) ? null : label.apply(value);
        String code = name != null ? null : WorklistFilter.NONE.equals(value) && facet != Facet.Name.DUE
                ? "tasks.filter.none." + facet.parameter() : messageCode.apply(value);
        return new Facet.Option(value, name, code, count, chosen);
    }

    private static boolean matches(WorkItem item, WorklistFilter filter, Instant now, Facet.Name ignored) {
        for (Map.Entry<Facet.Name, String> choice : filter.chosen().entrySet()) {
            if (choice.getKey() != ignored && !choice.getValue().equals(item.valueOf(choice.getKey(), now))) {
                return false;
            }
        }
        return true;
    }
}
