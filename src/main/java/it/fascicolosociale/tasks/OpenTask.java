package it.fascicolosociale.tasks;

import java.time.Instant;
import java.util.List;

import it.fascicolosociale.organization.CandidateGroup;

/** An open task as the pages about it need it: where it belongs, who holds it, to which groups it is offered. */
public record OpenTask(String id, String name, String processDefinitionId, String processInstanceId, String businessKey,
                       String assignee, Instant due, List<CandidateGroup> candidateGroups) {

    public OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
    }

    public String processKey() {
        return processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    public boolean isAssigned() {
        return assignee != null;
    }
}
