package it.fascicolosociale.casefile;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import it.fascicolosociale.workflow.TaskCompletion;
import it.fascicolosociale.workflow.cases.OpenCases;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * Test fixture: a disability case of Camposampiero (case manager elena.conte) driven through its presa in carico
 * the way operators drive it, by completing its tasks with their forms: first interview, social assessment, PAI.
 */
@Component
public class CaseJourney {

    public static final String CASE_MANAGER = "elena.conte";
    public static final String AREA_MANAGER = "chiara.longo";

    private final OpenCases openCases;
    private final TaskCompletion tasks;
    private final TaskService taskService;

    CaseJourney(OpenCases openCases, TaskCompletion tasks, TaskService taskService) {
        this.openCases = openCases;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** Opened, interviewed and assessed; the PAI drafted and waiting for the responsabile d'area. */
    public OpenCase planWaitingForApproval() {
        OpenCase opened = openCases.open("028019", "disability", CASE_MANAGER);
        complete(opened, CASE_MANAGER, Map.of("interviewDate", "2026-04-03", "place", "home",
                "summary", "Visita domiciliare con la famiglia."));
        complete(opened, CASE_MANAGER, Map.of("problemAreas", List.of("care", "relations"),
                "situation", "Vive con la madre anziana in un alloggio al primo piano.", "resources", "La sorella aiuta nei fine settimana.",
                "conclusions", "Serve un progetto di assistenza domiciliare.", "uvmdNeeded", "false"));
        complete(opened, CASE_MANAGER, Map.of("summary", "Assistenza domiciliare e sostegno alla madre",
                "goals", List.of(Map.of("description", "Autonomia negli spostamenti in casa", "indicator", "Si sposta da solo"))));
        return opened;
    }

    /** As above, and the PAI approved: the case waits for the periodic review or a closure proposal. */
    public OpenCase planInForce() {
        OpenCase opened = planWaitingForApproval();
        complete(opened, AREA_MANAGER, Map.of("planDecision", "approve"));
        return opened;
    }

    private void complete(OpenCase opened, String operator, Map<String, Object> form) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey("case-" + opened.caseId())
                .active().list().stream()
                .filter(task -> operator.equals(task.getAssignee()) || task.getAssignee() == null)
                .findFirst().orElseThrow().getId();
        tasks.complete(taskId, operator, form);
    }
}
