package it.fascicolosociale.workflow.cases;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.CandidateGroup;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Routing;
import it.fascicolosociale.organization.UserArea;

/**
 * Moves the open tasks of a case to the groups the delegation table gives for a new comune: a group that
 * routing gave for the old comune and the case's area is replaced by the same role's group for the new one.
 * Groups routed otherwise (an assignee, a fixed unit) stay as they are.
 */
@Component
class TaskRerouting {

    private final Routing routing;

    TaskRerouting(Routing routing) {
        this.routing = routing;
    }

    void reroute(DelegateExecution execution, String oldComune, String newComune, String area) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Rome")).toLocalDate();
        UserArea userArea = UserArea.fromCode(area);
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(execution.getProcessBusinessKey()).active().list()) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    CandidateGroup old = CandidateGroup.parse(link.getGroupId());
                    String routedBefore = routing.candidateGroup(old.role(), new IstatCode(oldComune), userArea, today).id();
                    if (routedBefore.equals(link.getGroupId())) {
                        String routedNow = routing.candidateGroup(old.role(), new IstatCode(newComune), userArea, today).id();
                        taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
                        taskService.addCandidateGroup(task.getId(), routedNow);
                    }
                }
            }
        }
    }
}
