package it.fascicolosociale.tasks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.platform.NotFoundException;

/**
 * The lines of one page of the list: persons read in one query for the page, and the person shown only to roles
 * that open files and, in a coordinator's view of their units, only when the access policy lets the coordinator read
 * the file. A task held by a role that opens no files (a DPO's review) names no person, as its page does.
 */
@Component
class WorkRows {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final People people;
    private final FileAccess access;
    private final TaskService taskService;

    WorkRows(People people, FileAccess access, TaskService taskService) {
        this.people = people;
        this.access = access;
        this.taskService = taskService;
    }

    List<WorkRow> of(List<WorkItem> page, WorklistSection section, String operator, Instant now, Names.Lookup names) {
        Map<Long, Person> persons = people.allById(page.stream().map(WorkItem::personId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Set<String> releasable = section == WorklistSection.MINE ? withGroups(page) : Set.of();
        Set<String> offered = section == WorklistSection.UNITS ? offeredTo(operator, page) : Set.of();
        Map<String, Boolean> readable = new HashMap<>();
        boolean opensFiles = access.opensFiles(operator);
        return page.stream().map(item -> {
            boolean hidden = aboutAFile(item) && (!opensFiles || section == WorklistSection.UNITS && !readable(operator, item, readable));
            Person person = hidden ? null : persons.get(item.personId());
            return new WorkRow(item.taskId(), item.name(), names.processes().get(item.processKey()), local(item.due()),
                    DueState.of(item.due(), now), item.assignee(), names.operators().get(item.assignee()), item.caseId(),
                    person == null ? null : person.getLastName() + " " + person.getFirstName(), hidden,
                    hidden ? null : comuneOf(item, person, names), hidden ? null : item.area(),
                    actions(section, operator, item, releasable, offered));
        }).toList();
    }

    private static WorkRow.Actions actions(WorklistSection section, String operator, WorkItem item, Set<String> releasable,
                                           Set<String> offered) {
        return switch (section) {
            case MINE -> new WorkRow.Actions(true, false, releasable.contains(item.taskId()), false);
            case GROUPS -> new WorkRow.Actions(true, true, false, false);
            case UNITS -> new WorkRow.Actions(operator.equals(item.assignee()) || offered.contains(item.taskId()),
                    offered.contains(item.taskId()), false, true);
        };
    }

    /** The tasks of the page offered to the operator's own groups and held by nobody. */
    private Set<String> offeredTo(String operator, List<WorkItem> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        return taskService.createTaskQuery().taskIdIn(page.stream().map(WorkItem::taskId).toArray(String[]::new))
                .taskCandidateUser(operator).list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /** The comune of the case or accesso; the person's residence when the process names none. */
    private static String comuneOf(WorkItem item, Person person, Names.Lookup names) {
        String comune = item.comune();
        if (comune == null && person != null && person.details().residence() != null) {
            comune = person.details().residence().municipality().value();
        }
        return comune == null ? null : names.comuni().get(comune);
    }

    /** Tasks with a candidate group, which go back to it when their holder gives them back. */
    private Set<String> withGroups(List<WorkItem> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        return taskService.createTaskQuery().taskIdIn(page.stream().map(WorkItem::taskId).toArray(String[]::new))
                .withCandidateGroups().includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    private static boolean aboutAFile(WorkItem item) {
        return item.personId() != null || item.caseId() != null;
    }

    /** Asked once per case (or person) of the page: a coordinator may see tasks of files outside their reach. */
    private boolean readable(String operator, WorkItem item, Map<String, Boolean> memo) {
        if (operator.equals(item.assignee())) {
            return true;
        }
        String file = item.caseId() != null ? "case-" + item.caseId() : "person-" + item.personId();
        return memo.computeIfAbsent(file, key -> {
            try {
                return item.caseId() != null ? access.toCase(operator, item.caseId()).isPresent()
                        : access.toPerson(operator, item.personId()).isPresent();
            } catch (NotFoundException missing) {
                return false;
            }
        });
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ROME);
    }
}
