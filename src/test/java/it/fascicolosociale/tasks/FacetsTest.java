package it.fascicolosociale.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each facet counts what the list would show with its value chosen and the other choices kept. */
class FacetsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final List<WorkItem> items = List.of(
            item("t1", "028019", "elderly", NOW.minus(1, ChronoUnit.HOURS), null),
            item("t2", "028019", "disability", NOW.plus(2, ChronoUnit.DAYS), "elena.conte"),
            item("t3", "028100", "disability", NOW.plus(5, ChronoUnit.DAYS), null),
            item("t4", null, null, null, null));

    @Test
    void countsEveryValueOfAFacetOnTheItemsTheOtherChoicesLeave() {
        WorklistFilter filter = new WorklistFilter(WorklistSection.UNITS, Map.of(Facet.Name.AREA, "disability"), 1);

        assertThat(counts(Facet.Name.COMUNE, filter)).containsExactly(Map.entry("028019", 1L), Map.entry("028100", 1L));
        assertThat(counts(Facet.Name.AREA, filter)).containsExactly(Map.entry("disability", 2L), Map.entry("elderly", 1L),
                Map.entry("none", 1L));
        assertThat(counts(Facet.Name.DUE, filter)).containsExactly(Map.entry("later", 1L), Map.entry("soon", 1L));
        assertThat(Facets.matching(items, filter, NOW)).extracting(WorkItem::taskId).containsExactly("t2", "t3");
    }

    @Test
    void keepsAChosenValueThatNothingMatchesSoThatItCanBeTakenAway() {
        WorklistFilter filter = new WorklistFilter(WorklistSection.UNITS, Map.of(Facet.Name.ASSIGNEE, "marta.greco"), 1);

        Facet assignees = Facets.of(Facet.Name.ASSIGNEE, items, filter, NOW, Comparator.naturalOrder(), value -> value, value -> null);

        assertThat(assignees.options()).extracting(Facet.Option::value, Facet.Option::count, Facet.Option::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("elena.conte", 1L, false),
                        org.assertj.core.groups.Tuple.tuple("marta.greco", 0L, true),
                        org.assertj.core.groups.Tuple.tuple("none", 3L, false));
        assertThat(assignees.options().get(2).messageCode()).isEqualTo("tasks.filter.none.assignee");
        assertThat(Facets.matching(items, filter, NOW)).isEmpty();
    }

    @Test
    void tellsDueStatesFromTheDueDate() {
        assertThat(DueState.of(NOW.minusSeconds(1), NOW)).isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(NOW.plus(3, ChronoUnit.DAYS).minusSeconds(1), NOW)).isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(NOW.plus(3, ChronoUnit.DAYS), NOW)).isEqualTo(DueState.LATER);
        assertThat(DueState.of(null, NOW)).isEqualTo(DueState.NONE);
    }

    private Map<String, Long> counts(Facet.Name facet, WorklistFilter filter) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Facets.of(facet, items, filter, NOW, Comparator.naturalOrder(), value -> null, value -> "code")
                .options().forEach(option -> counts.put(option.value(), option.count()));
        return counts;
    }

    private static WorkItem item(String id, String comune, String area, Instant due, String assignee) {
        return new WorkItem(id, "Attività " + id, "intake:1:x", "pi-" + id, due, NOW.minus(10, ChronoUnit.DAYS), assignee,
                null, comune, area, null);
    }
}
