package it.fascicolosociale.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Municipality;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.Account;
import it.fascicolosociale.organization.OperatorDirectory.AccountFilter;

/** The names a task list shows for codes: comuni, processes, operators; each kind read in one query. */
@Component
class Names {

    /** The names of one list: comuni by ISTAT code, processes by key, operators by username. */
    record Lookup(Map<String, String> comuni, Map<String, String> processes, Map<String, String> operators) {

        /** Maps that answer null for a null key (a task without comune, or held by nobody). */
        Lookup {
            comuni = new java.util.HashMap<>(comuni);
            processes = new java.util.HashMap<>(processes);
            operators = new java.util.HashMap<>(operators);
        }
    }

    private final Municipalities municipalities;
    private final RepositoryService repositoryService;
    private final OperatorDirectory directory;
    /** Deployed process definitions never change: their names are kept once read. */
    private final Map<String, String> processNames = new ConcurrentHashMap<>();

    Names(Municipalities municipalities, RepositoryService repositoryService, OperatorDirectory directory) {
        this.municipalities = municipalities;
        this.repositoryService = repositoryService;
        this.directory = directory;
    }

    Lookup of(List<WorkItem> items) {
        return new Lookup(comuni(), processes(items.stream().map(WorkItem::processDefinitionId).toList()),
                operators(items.stream().map(WorkItem::assignee).filter(java.util.Objects::nonNull).distinct().toList()));
    }

    /** Comune names by ISTAT code. */
    Map<String, String> comuni() {
        return municipalities.all().stream()
                .collect(Collectors.toMap(municipality -> municipality.getIstatCode().value(), Municipality::getName));
    }

    /** Process names by process definition key, for the given definitions. */
    Map<String, String> processes(Collection<String> definitionIds) {
        List<String> unknown = definitionIds.stream().distinct().filter(id -> !processNames.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
                    .processDefinitionIdIn(unknown.toArray(String[]::new)).list()) {
                processNames.put(definition.getId(), definition.getName() == null ? definition.getKey() : definition.getName());
            }
        }
        return definitionIds.stream().distinct().filter(processNames::containsKey)
                .collect(Collectors.toMap(id -> id.substring(0, id.indexOf(':')), processNames::get, (first, later) -> later));
    }

    /** "Surname Name" of operators by username. */
    Map<String, String> operators(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return directory.accounts(new AccountFilter(List.copyOf(usernames), null, null, null, null, null, null, null),
                        OperatorDirectory.Page.ALL).stream()
                .collect(Collectors.toMap(Account::username, account -> account.lastName() + " " + account.firstName()));
    }
}
