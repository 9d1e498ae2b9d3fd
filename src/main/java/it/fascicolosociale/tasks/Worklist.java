package it.fascicolosociale.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Coded;

/**
 * The caseworker's task list: the tasks they hold, those their groups may take, and for coordinators those of
 * their units; narrowed by comune, area, process, due date (and holder, for units), with a count for every
 * choice, sorted by due date (tasks without one last), a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class Worklist {

    public static final int PAGE_SIZE = 25;
    /** More open tasks than this in one section is beyond what a list serves; the page says so. */
    public static final int SECTION_LIMIT = 2000;

    private final WorkItems items;
    private final WorkRows rows;
    private final Names names;
    private final UnitScope scope;

    Worklist(WorkItems items, WorkRows rows, Names names, UnitScope scope) {
        this.items = items;
        this.rows = rows;
        this.names = names;
        this.scope = scope;
    }

    public WorklistPage page(String operator, WorklistFilter requested) {
        Map<WorklistSection, Long> sections = sectionsOf(operator);
        WorklistFilter filter = sections.containsKey(requested.section()) ? requested : requested.inSection(WorklistSection.MINE);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<WorkItem> all = items.of(filter.section(), operator);
        Names.Lookup lookup = names.of(all);
        List<WorkItem> shown = new ArrayList<>(Facets.matching(all, filter, now));
        shown.sort(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::created, Comparator.nullsLast(Comparator.naturalOrder()))
                // tasks created in the same millisecond come from the engine in any order: without this, a page
                // loaded after another could repeat some of them and never show others
                .thenComparing(WorkItem::taskId));
        int pageCount = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pageCount);
        List<WorkItem> slice = shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE));
        return new WorklistPage(new WorklistFilter(filter.section(), filter.chosen(), page), sections,
                rows.of(slice, filter.section(), operator, now, lookup), facets(all, filter, now, lookup),
                shown.size(), pageCount, all.size() >= SECTION_LIMIT);
    }

    /** The sections the operator has, with the number of tasks in each. */
    private Map<WorklistSection, Long> sectionsOf(String operator) {
        Map<WorklistSection, Long> sections = new EnumMap<>(WorklistSection.class);
        sections.put(WorklistSection.MINE, items.count(WorklistSection.MINE, operator));
        sections.put(WorklistSection.GROUPS, items.count(WorklistSection.GROUPS, operator));
        if (!scope.coordinatedBy(operator).isEmpty()) {
            sections.put(WorklistSection.UNITS, items.count(WorklistSection.UNITS, operator));
        }
        return sections;
    }

    private static List<Facet> facets(List<WorkItem> all, WorklistFilter filter, Instant now, Names.Lookup lookup) {
        List<Facet> facets = new ArrayList<>();
        facets.add(Facets.of(Facet.Name.DUE, all, filter, now, Comparator.comparing(value -> order(DueState.class, value)),
                value -> null, value -> "tasks.due." + value));
        facets.add(Facets.of(Facet.Name.COMUNE, all, filter, now, byName(lookup.comuni()), named(lookup.comuni()), value -> null));
        facets.add(Facets.of(Facet.Name.AREA, all, filter, now, Comparator.comparing(value -> order(UserArea.class, value)),
                value -> null, value -> "user-area." + value));
        facets.add(Facets.of(Facet.Name.PROCESS, all, filter, now, byName(lookup.processes()), named(lookup.processes()),
                value -> null));
        if (filter.section() == WorklistSection.UNITS) {
            facets.add(Facets.of(Facet.Name.ASSIGNEE, all, filter, now, byName(lookup.operators()),
                    named(lookup.operators()), value -> null));
        }
        return facets;
    }

    private static Comparator<String> byName(Map<String, String> names) {
        return Comparator.comparing(value -> names.getOrDefault(value, value), String.CASE_INSENSITIVE_ORDER);
    }

    /** The name from data, or the value itself when the data have none (a code typed in the address). */
    private static Function<String, String> named(Map<String, String> names) {
        return value -> names.getOrDefault(value, value);
    }

    /** The position of a code among its enum's constants; unknown codes (typed in the address) last. */
    private static <E extends Enum<E> & Coded> int order(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
