package it.fascicolosociale.tasks;

import java.time.Instant;

/** An open task with the process variables the list shows and filters on. */
record WorkItem(String taskId, String name, String processDefinitionId, String processInstanceId, Instant due,
                Instant created, String assignee, Long personId, String comune, String area, Long caseId) {

    String processKey() {
        return processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    /** The item's value for a facet; {@link WorklistFilter#NONE} when it has none. */
    String valueOf(Facet.Name facet, Instant now) {
        String value = switch (facet) {
            case COMUNE -> comune;
            case AREA -> area;
            case PROCESS -> processKey();
            case DUE -> DueState.of(due, now).code();
            case ASSIGNEE -> assignee;
        };
        return value == null ? WorklistFilter.NONE : value;
    }
}
