package it.fascicolosociale.workflow.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.AccountFilter;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.workflow.JsonVariable;

/**
 * Offers the coordinator the social workers of the unit in charge of the comune and area as possible case
 * managers: a task variable {@code caseManagerOptions} (JSON list of value/label) that the decision form shows
 * and the server checks the choice against.
 */
@Component("caseManagerCandidates")
class CaseManagerCandidates implements TaskListener {

    static final String OPTIONS = "caseManagerOptions";

    private final Routing routing;
    private final OperatorDirectory directory;

    CaseManagerCandidates(Routing routing, OperatorDirectory directory) {
        this.routing = routing;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Rome")).toLocalDate();
        String group = routing.candidateGroup(Role.SOCIAL_WORKER, new IstatCode((String) task.getVariable("comune")),
                UserArea.fromCode((String) task.getVariable("area")), today).id();
        List<Map<String, String>> options = directory.accounts(new AccountFilter(null, null, null, null, null, null, null, group),
                        OperatorDirectory.Page.ALL).stream()
                .map(account -> Map.of("value", account.username(), "label", account.lastName() + " " + account.firstName()))
                .toList();
        task.setVariableLocal(OPTIONS, JsonVariable.of(options));
    }
}
